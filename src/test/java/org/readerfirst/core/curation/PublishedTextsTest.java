package org.readerfirst.core.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index of earlier published texts finds what comparing the draft with every one of them finds. */
class PublishedTextsTest {

    private static final String[] WORDS = ("team customer invoice release onboarding pricing churn hiring week "
            + "month review meeting report data product launch feedback support ticket process roadmap sprint "
            + "budget design test deploy metric goal plan lesson mistake question answer people manager writer "
            + "reader network post comment article story idea change result number growth market sale").split(" ");

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private static List<PublishedText> history(Random random, int n) {
        List<PublishedText> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Posts of a few sentences, and some short messages.
            int sentences = i % 5 == 0 ? 1 : 2 + random.nextInt(6);
            StringBuilder t = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                t.append(s == 0 ? "" : " ").append(sentence(random, i % 5 == 0 ? 7 + random.nextInt(4) : 8 + random.nextInt(14)));
            }
            texts.add(new PublishedText(t.toString(), LocalDate.of(2025, 1, 1).plusDays(i)));
        }
        return texts;
    }

    /** What the near-duplicate check did before the index: every text compared in full. */
    private static Optional<PublishedTexts.Closest> scan(List<PublishedText> texts, String draft) {
        PublishedTexts.Closest best = null;
        for (PublishedText t : texts) {
            double s = t.similarityTo(draft);
            if (s > 0 && (best == null || s > best.similarity())) {
                best = new PublishedTexts.Closest(t, s);
            }
        }
        return Optional.ofNullable(best);
    }

    @Test
    void a_reworked_old_post_and_a_short_message_inside_a_draft_are_found_as_by_comparing_every_text() {
        Random random = new Random(7);
        List<PublishedText> texts = history(random, 1_000);
        PublishedTexts indexed = PublishedTexts.of(texts);
        for (int k = 0; k < 90; k++) {
            PublishedText old = texts.get(random.nextInt(texts.size()));
            String draft = switch (k % 3) {
                case 0 -> old.text() + " " + sentence(random, 12);
                case 1 -> sentence(random, 15) + " " + old.text() + " " + sentence(random, 10);
                default -> sentence(random, 20) + " " + sentence(random, 18);
            };
            Optional<PublishedTexts.Closest> expected = scan(texts, draft);
            Optional<PublishedTexts.Closest> found = indexed.closest(draft);
            if (expected.isPresent() && expected.get().similarity() >= 0.5) {
                assertTrue(found.isPresent(), draft);
                assertEquals(expected.get().similarity(), found.get().similarity(), 1e-9, draft);
            }
            if (k % 3 != 2) {
                assertTrue(found.isPresent() && found.get().similarity() >= 0.99, draft);
            }
        }
    }

    @Test
    void indexed_texts_are_kept_as_they_are_so_their_index_is_built_once() {
        PublishedTexts once = PublishedTexts.of(history(new Random(1), 10));
        assertSame(once, PublishedTexts.of(once));
        assertEquals(10, once.size());
        assertEquals(Optional.empty(), PublishedTexts.of(List.of()).closest("Anything at all written here today."));
        assertEquals(Optional.empty(), once.closest("Too short."));
    }
}
