package org.readerfirst.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Language;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector(Language.ENGLISH);

    @Test
    void english_and_finnish_are_told_apart() {
        assertEquals(Language.ENGLISH, detector.detect("What we learned when we moved our support team to a four-day week."));
        assertEquals(Language.FINNISH, detector.detect("Mitä opimme, kun siirsimme tukitiimin nelipäiväiseen työviikkoon."));
        assertEquals(Language.FINNISH, detector.detect("Hyvää syntymäpäivää!"));
    }

    @Test
    void a_text_without_words_falls_back() {
        assertEquals(Language.ENGLISH, detector.detect("🎉 123 !!!"));
        assertEquals(Language.FINNISH, new LanguageDetector(Language.FINNISH).detect(""));
    }
}
