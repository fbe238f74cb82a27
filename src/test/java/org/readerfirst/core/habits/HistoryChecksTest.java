package org.readerfirst.core.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/** The texts are checked on the pool given, each as the panel checks it, and their fingerprints tell them apart. */
class HistoryChecksTest {

    private static final Instant AT = Instant.parse("2025-03-03T08:00:00Z");
    private final HistoryChecks checks = new HistoryChecks(BuiltInRules.engine(), Set.of());

    private static HistoryText text(long id, ContentType type, String text) {
        return new HistoryText(id, type, Language.ENGLISH, text, AT);
    }

    @Test
    void every_text_gets_the_verdict_of_its_own_check_whatever_the_pool() throws Exception {
        List<HistoryText> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            texts.add(text(i + 1, i % 2 == 0 ? ContentType.COMMENT : ContentType.POST,
                    i % 3 == 0 ? "Great post!" : "Our support rota changed " + i + " times, and replies got faster each time."));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Map<Long, TextVerdict> parallel;
        try {
            parallel = checks.checkAll(texts, pool);
        } finally {
            pool.shutdownNow();
        }
        Map<Long, TextVerdict> inPlace = checks.checkAll(texts, Runnable::run);

        assertEquals(100, parallel.size());
        assertEquals(inPlace, parallel);
        for (HistoryText t : texts) {
            assertEquals(checks.check(t), parallel.get(t.draftId()));
        }
        assertTrue(parallel.get(1L).stock(), "a 'Great post!' comment is stock");
    }

    @Test
    void the_same_words_on_the_same_surface_are_checked_once() throws Exception {
        List<HistoryText> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(text(i + 1, ContentType.MESSAGE, "Thanks for connecting!"));
        }
        texts.add(text(41, ContentType.COMMENT, "Thanks for connecting!"));
        AtomicInteger tasks = new AtomicInteger();

        Map<Long, TextVerdict> verdicts = checks.checkAll(texts, r -> {
            tasks.incrementAndGet();
            r.run();
        });

        assertEquals(41, verdicts.size());
        assertEquals(1, tasks.get(), "two texts to check fit in one batch");
        assertEquals(checks.check(texts.get(40)), verdicts.get(41L));
    }

    @Test
    void the_fingerprint_follows_the_text_its_surface_its_language_and_the_rules_switched_off() {
        HistoryText post = text(1, ContentType.POST, "Pricing is courage.");
        String fingerprint = checks.fingerprint(post);

        assertEquals(fingerprint, checks.fingerprint(text(2, ContentType.POST, "Pricing is courage.")),
                "the draft's id is no part of it");
        assertEquals(fingerprint, new HistoryChecks(BuiltInRules.engine(), Set.of()).fingerprint(post));
        assertNotEquals(fingerprint, checks.fingerprint(text(1, ContentType.POST, "Pricing is courage!")));
        assertNotEquals(fingerprint, checks.fingerprint(text(1, ContentType.COMMENT, "Pricing is courage.")));
        assertNotEquals(fingerprint, checks.fingerprint(new HistoryText(1, ContentType.POST, Language.FINNISH,
                "Pricing is courage.", AT)));
        assertNotEquals(fingerprint, new HistoryChecks(BuiltInRules.engine(), Set.of("hook-thanks-opening"))
                .fingerprint(post));
    }

    @Test
    void a_rule_switched_off_is_left_out_of_the_verdict() {
        HistoryText comment = text(1, ContentType.COMMENT, "Great post!");
        assertTrue(checks.check(comment).flagged().contains(Category.TEMPLATE_MESSAGE));

        HistoryChecks without = new HistoryChecks(BuiltInRules.engine(), Set.of("template-great-post",
                "template-generic-praise", "template-few-words-comment"));
        assertEquals(Set.of(), without.check(comment).flagged());
    }
}
