package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.grammar.VoikkoLocation;

/** The app's rule engine matches Finnish by Voikko's base forms where Voikko is installed, by stems where not. */
class RuleLemmatizersTest {

    private static final String PACK = """
            language: fi
            rules:
              - id: test-management
                kind: phrase
                category: clarity
                severity: hint
                message: "”{match}”: kenestä tarkalleen puhut?"
                phrases: [johto]
                examples:
                  flagged: ["Johto päätti asiasta."]
                  clean: ["Tiimi päätti asiasta."]
            """;
    private static final String TEXT = "Kysyin johdon mielipidettä uudesta mallista.";

    @TempDir
    Path dir;

    private List<String> flagged(Lemmatizers lemmatizers) throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), PACK, StandardCharsets.UTF_8);
        RuleEngine engine = new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltInAnd(dir), lemmatizers);
        return engine.check(new TextSnapshot(TEXT, ContentType.POST, Language.FINNISH)).findings().stream()
                .filter(f -> f.ruleId().equals("test-management")).map(f -> TEXT.substring(f.start(), f.end())).toList();
    }

    @Test
    void with_the_system_voikko_an_inflected_form_matches_its_base_form() throws Exception {
        try (RuleLemmatizers forms = RuleLemmatizers.open(VoikkoLocation.system())) {
            assertTrue(forms.usesVoikko(), "the build installs Voikko for these tests");
            assertEquals(List.of("johdon"), flagged(forms.lemmatizers()));
        }
    }

    @Test
    void without_voikko_the_stemmers_serve_and_nothing_fails() throws Exception {
        try (RuleLemmatizers forms = RuleLemmatizers.open(new VoikkoLocation("voikko-not-installed", null, "fi"))) {
            assertFalse(forms.usesVoikko());
            assertEquals(List.of(), flagged(forms.lemmatizers()));
        }
    }
}
