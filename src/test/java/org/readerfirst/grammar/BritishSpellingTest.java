package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BritishSpellingTest {

    @Test
    void the_british_spellings_are_told_from_their_american_twins() {
        for (String[] pair : new String[][] {{"apologise", "apologize"}, {"personalised", "personalized"},
                {"organisation", "organization"}, {"analyse", "analyze"}, {"colour", "color"},
                {"behaviours", "behaviors"}, {"favourite", "favorite"}, {"travelled", "traveled"},
                {"cancelling", "canceling"}, {"centre", "center"}, {"licence", "license"},
                {"catalogue", "catalog"}, {"programme", "program"}, {"judgement", "judgment"},
                {"paediatric", "pediatric"}, {"grey", "gray"}, {"ploughs", "plows"}, {"enrolment", "enrollment"},
                {"skilful", "skillful"}, {"Labelled", "labeled"}}) {
            assertTrue(BritishSpelling.isBritishFor(pair[0], pair[1]), pair[0]);
        }
    }

    @Test
    void no_real_typo_passes_for_a_british_spelling_of_a_suggestion() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fidelity/typos.tsv"), StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells[0].equals("en")) {
                assertFalse(BritishSpelling.isBritishFor(cells[2], cells[1]), cells[2] + " for " + cells[1]);
                checked++;
            }
        }
        assertTrue(checked > 300, "typos checked: " + checked);
        // Suggestions LanguageTool gives for real typos, which share letters with them by chance.
        assertFalse(BritishSpelling.isBritishFor("mroe", "MRE"));
        assertFalse(BritishSpelling.isBritishFor("doens", "dens"));
        assertFalse(BritishSpelling.isBritishFor("smae", "SME"));
    }
}
