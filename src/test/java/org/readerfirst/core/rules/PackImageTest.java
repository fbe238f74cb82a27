package org.readerfirst.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/** The built-in packs read from the build's image are the packs read from their YAML. */
class PackImageTest {

    private final Lemmatizers lemmatizers = Lemmatizers.stemmers();
    private final RulePackLoader loader = new RulePackLoader(lemmatizers);
    private final PackImage image = loader.builtInImage();

    @Test
    void the_image_reads_back_as_the_packs_it_was_made_from() {
        PackImage back = PackImage.fromBytes(image.toBytes(), image.digest());
        assertNotNull(back);
        assertEquals(image.packs(), back.packs());
        assertEquals(image.categories(), back.categories());
        assertEquals(image.limits(), back.limits());
        assertEquals(image.lines(), back.lines());
        assertTrue(back.packs().size() > 20, back.packs().keySet().toString());
    }

    @Test
    void a_rule_book_from_the_image_checks_as_one_from_the_yaml() {
        Map<String, byte[]> sources = RulePackLoader.builtInSources();
        RuleBook fromYaml = loader.loadBuiltIn(new PhraseIndex(lemmatizers), null, sources);
        RuleBook fromImage = loader.loadBuiltIn(new PhraseIndex(lemmatizers),
                PackImage.fromBytes(image.toBytes(), image.digest()), sources);
        assertEquals(List.of(), fromImage.problems());
        assertEquals(fromYaml.rules().stream().map(Rule::id).toList(), fromImage.rules().stream().map(Rule::id).toList());
        RuleEngine yaml = new RuleEngine(fromYaml, lemmatizers);
        RuleEngine imaged = new RuleEngine(fromImage, lemmatizers);
        for (String text : List.of("I'm thrilled to announce our new onboarding guide!!! Comment YES below. #a #b #c #d #e #f",
                "Olen innoissani voidessani kertoa, että aloitan uudessa työssä! Kommentoi KYLLÄ.",
                "Hi, I would like to add you to my professional network.")) {
            for (ContentType type : List.of(ContentType.POST, ContentType.CONNECTION_NOTE, ContentType.COMMENT)) {
                TextSnapshot snapshot = new TextSnapshot(text, type, Language.AUTO);
                assertEquals(described(yaml.check(snapshot).findings()), described(imaged.check(snapshot).findings()), text);
            }
        }
    }

    @Test
    void an_image_of_other_sources_is_not_used() {
        assertNull(PackImage.fromBytes(image.toBytes(), "0".repeat(64)));
        assertEquals(image.digest(), PackImage.fromBytes(image.toBytes(), image.digest()).digest());
    }

    @Test
    void an_image_holding_anything_but_packs_is_not_read() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.io.File("/etc/passwd"));
        }
        assertNull(PackImage.fromBytes(bytes.toByteArray(), image.digest()));
        assertNull(PackImage.fromBytes(new byte[] {1, 2, 3}, image.digest()));
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.start() + "-" + f.end() + ":" + f.severity() + ":" + f.message())
                .toList();
    }
}
