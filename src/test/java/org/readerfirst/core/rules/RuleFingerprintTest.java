package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.lang.EnglishStemmer;
import org.readerfirst.core.lang.Lemmatizers;

/**
 * The rules' fingerprint tells results kept from another run apart: the same packs give the same one in
 * every run and by either way of reading them, a changed pack or limit or other word forms another.
 */
class RuleFingerprintTest {

    private final Lemmatizers lemmatizers = Lemmatizers.stemmers();
    private final RulePackLoader loader = new RulePackLoader(lemmatizers);

    @TempDir
    Path dir;

    @Test
    void the_built_in_packs_have_one_fingerprint_from_their_yaml_and_from_the_image() {
        Map<String, byte[]> sources = RulePackLoader.builtInSources();
        PackImage image = loader.builtInImage();
        RuleBook fromYaml = loader.loadBuiltIn(new PhraseIndex(lemmatizers), null, sources);
        RuleBook fromImage = loader.loadBuiltIn(new PhraseIndex(lemmatizers),
                PackImage.fromBytes(image.toBytes(), image.digest()), sources);

        assertEquals(fromYaml.fingerprint(), fromImage.fingerprint());
        assertEquals(loader.loadBuiltIn().fingerprint(), fromYaml.fingerprint());
        assertEquals(64, fromYaml.fingerprint().length());
    }

    /** Map.copyOf's order changes from one JVM to the next: a fingerprint that followed it would never match. */
    @Test
    void another_jvm_gives_the_same_fingerprint() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Printer.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(60, TimeUnit.SECONDS);

        assertEquals(new RuleEngine(loader.loadBuiltIn(), lemmatizers).fingerprint(), printed);
    }

    @Test
    void a_writers_pack_or_limits_change_the_fingerprint() throws IOException {
        String builtIn = loader.loadBuiltIn().fingerprint();
        Files.writeString(dir.resolve("limits.yaml"), "surfaces:\n  post:\n    per-day: 3\n", StandardCharsets.UTF_8);
        String withLimits = loader.loadBuiltInAnd(dir).fingerprint();
        Files.writeString(dir.resolve("limits.yaml"), "surfaces:\n  post:\n    per-day: 4\n", StandardCharsets.UTF_8);
        String otherLimits = loader.loadBuiltInAnd(dir).fingerprint();

        assertEquals(3, Set.of(builtIn, withLimits, otherLimits).size());
        assertEquals(otherLimits, loader.loadBuiltInAnd(dir).fingerprint());
    }

    @Test
    void other_word_forms_change_the_engines_fingerprint_but_not_the_books() {
        RuleBook book = loader.loadBuiltIn();
        Lemmatizers dictionary = new Lemmatizers(new EnglishStemmer(), word -> Set.of(word));

        assertNotEquals(new RuleEngine(book, lemmatizers).fingerprint(), new RuleEngine(book, dictionary).fingerprint());
        assertEquals(List.of(book.fingerprint()), List.of(loader.loadBuiltIn().fingerprint()));
    }

    /** Prints the built-in engine's fingerprint, in a JVM of its own. */
    static final class Printer {
        public static void main(String[] args) {
            Lemmatizers stems = Lemmatizers.stemmers();
            System.out.println(new RuleEngine(new RulePackLoader(stems).loadBuiltIn(), stems).fingerprint());
        }
    }
}
