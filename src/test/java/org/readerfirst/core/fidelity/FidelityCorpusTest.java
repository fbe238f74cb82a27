package org.readerfirst.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Language;

/**
 * The real-text corpus keeps its promises: enough texts of each kind, every text with its source,
 * and the two halves apart by source, so that nothing measured on {@code check} was seen while the
 * rules were written from {@code tune}.
 */
class FidelityCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/fidelity");

    private static List<LabelledText> half(String name) throws IOException {
        return LabelledCorpus.parse(name, Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
    }

    private record Provenance(String half, String source, boolean adapted) {
    }

    private static Map<String, Provenance> provenance() throws IOException {
        Map<String, Provenance> out = new HashMap<>();
        List<String> lines = Files.readAllLines(DIR.resolve("provenance.tsv"), StandardCharsets.UTF_8);
        assertEquals("id\thalf\tsource\torigin\tnote", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertTrue(cells.length >= 4 && !cells[2].isBlank(), "a source for " + cells[0]);
            assertTrue(cells[3].equals("real") || cells[3].equals("adapted"), line);
            out.put(cells[0], new Provenance(cells[1], cells[2], cells[3].equals("adapted")));
        }
        return out;
    }

    /** The source page, or the repository file, a text came from: the unit the halves are split by. */
    static String group(String source) {
        String s = source.strip();
        if (s.startsWith("github:")) {
            return s.toLowerCase(Locale.ROOT);
        }
        s = s.replaceFirst("[#?].*$", "").replaceFirst("^https?://(www\\.)?", "");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void the_corpus_has_the_texts_it_promises() throws IOException {
        List<LabelledText> all = new ArrayList<>(half("tune.jsonl"));
        all.addAll(half("check.jsonl"));
        Map<String, Provenance> provenance = provenance();
        long real = all.stream().filter(t -> !provenance.get(t.id()).adapted()).count();
        assertTrue(real >= 400, "texts real people wrote: " + real);
        assertTrue(all.stream().filter(LabelledText::clean).count() >= 150, "clean texts");
        assertTrue(all.stream().filter(t -> t.language() == Language.FINNISH).count() >= 120, "Finnish texts");
        for (LabelledText t : all) {
            assertTrue(!provenance.get(t.id()).adapted() || t.language() == Language.FINNISH,
                    t.id() + ": only Finnish texts are adaptations");
        }
    }

    @Test
    void every_text_has_its_source_and_no_source_feeds_both_halves() throws IOException {
        Map<String, Provenance> provenance = provenance();
        Map<String, String> halfOfGroup = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (String name : List.of("tune", "check")) {
            for (LabelledText t : half(name + ".jsonl")) {
                assertTrue(ids.add(t.id()), t.id() + " stands in both halves");
                Provenance p = provenance.get(t.id());
                assertTrue(p != null, t.id() + " has no provenance");
                assertEquals(name, p.half(), t.id());
                String was = halfOfGroup.putIfAbsent(group(p.source()), name);
                assertTrue(was == null || was.equals(name), p.source() + " feeds both halves");
            }
        }
        assertEquals(ids, provenance.keySet(), "provenance lists exactly the corpus's texts");
    }

    @Test
    void the_check_half_is_about_a_third_and_has_every_language() throws IOException {
        int tune = half("tune.jsonl").size();
        List<LabelledText> check = half("check.jsonl");
        double share = (double) check.size() / (tune + check.size());
        assertTrue(share > 0.25 && share < 0.40, "check share " + share);
        assertTrue(check.stream().anyMatch(t -> t.language() == Language.FINNISH));
        assertTrue(check.stream().anyMatch(LabelledText::clean));
    }
}
