package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import org.readerfirst.BuiltInRules;
import org.readerfirst.HostileText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Score;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

/** Whatever the text, the engine answers, and every finding points inside it. */
class EnginePropertiesTest {
    private static final RuleEngine ENGINE = BuiltInRules.engine();

    @Provide
    Arbitrary<String> hostileText() {
        return HostileText.text();
    }

    @Property(tries = 300)
    void the_engine_never_throws_and_spans_stay_inside_the_text(@ForAll("hostileText") String text,
                                                               @ForAll ContentType type, @ForAll Language language) {
        for (Finding f : ENGINE.check(new TextSnapshot(text, type, language)).findings()) {
            if (f.start() < 0 || f.end() > text.length() || f.start() > f.end()) {
                throw new AssertionError("span " + f.start() + ".." + f.end() + " outside 0.." + text.length() + ": " + f);
            }
        }
    }

    @Property(tries = 3)
    void a_megabyte_of_text_is_checked_without_failing(@ForAll @IntRange(min = 0, max = 2) int seed) {
        StringBuilder sb = new StringBuilder(1_000_100);
        String[] words = {"Happy", "birthday", "🚀", "synergy", "minä", "ja", "the", "!!!", "#x", "\"q\"", "\n\n", "WOW"};
        int i = seed;
        while (sb.length() < 1_000_000) {
            sb.append(words[i++ % words.length]).append(i % 7 == 0 ? ". " : " ");
        }
        String text = sb.toString();
        for (Finding f : ENGINE.check(new TextSnapshot(text, ContentType.ARTICLE, Language.AUTO)).findings()) {
            if (f.end() > text.length()) {
                throw new AssertionError(f.toString());
            }
        }
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<Finding> one = Combinators.combine(Arbitraries.of(Category.class), Arbitraries.of(Severity.class),
                Arbitraries.integers().between(0, 100)).as((c, s, start) ->
                new Finding("r", c, s, start, start + 1, "m", "", List.of()));
        return one.list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void removing_a_finding_never_lowers_the_score(@ForAll("findings") List<Finding> findings,
                                                   @ForAll @IntRange(min = 0, max = 29) int which) {
        if (findings.isEmpty()) {
            return;
        }
        List<Finding> fewer = new ArrayList<>(findings);
        fewer.remove(which % findings.size());
        Score before = Score.of(findings);
        Score after = Score.of(fewer);
        if (after.total() < before.total()) {
            throw new AssertionError(before + " -> " + after);
        }
        for (Category c : Category.values()) {
            if (after.categories().get(c) < before.categories().get(c)) {
                throw new AssertionError(c + ": " + before + " -> " + after);
            }
        }
        if (before.total() < 0 || before.total() > 100) {
            throw new AssertionError(before.toString());
        }
    }
}
