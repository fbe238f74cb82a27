package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;

/** The sample drafts show exactly the findings they say they show, in both languages. */
class SampleDraftsTest {
    private static final RuleEngine ENGINE = BuiltInRules.engine();

    @Test
    void every_sample_shows_its_findings_and_nothing_else() {
        for (Language language : List.of(Language.ENGLISH, Language.FINNISH)) {
            List<SampleDrafts.Sample> samples = SampleDrafts.in(language);
            assertFalse(samples.isEmpty(), "no samples in " + language);
            assertFalse(samples.stream().allMatch(s -> s.shows().isEmpty()), "every sample clean in " + language);
            assertFalse(samples.stream().noneMatch(s -> s.shows().isEmpty()), "no clean example in " + language);
            for (SampleDrafts.Sample s : samples) {
                Set<String> found = new TreeSet<>();
                for (Finding f : ENGINE.check(new TextSnapshot(s.text(), s.contentType(), Language.AUTO)).findings()) {
                    if (f.severity() != Severity.HINT) {
                        found.add(f.category().id());
                    }
                }
                assertEquals(new TreeSet<>(s.shows()), found, s.title());
            }
        }
    }
}
