package org.readerfirst.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishStemmerTest {

    private final FinnishStemmer stemmer = new FinnishStemmer();

    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
            "kissa, kissani",
            "kissa, kissastani",
            "kissa, kissoista",
            "syntymäpäivää, syntymäpäivänä",
            "syntymäpäivää, syntymäpäivästäsi",
            "työvuosipäivästä, työvuosipäivän",
            "verkostooni, verkostoosi",
            "verkosto, linkedin-verkostooni",
            "julkaisu, julkaisusta",
            "julkaisu, julkaisuun",
    })
    void inflected_forms_share_the_stem_of_their_base_form(String a, String b) {
        assertEquals(stemmer.stem(a), stemmer.stem(b));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({
            "kissa, kassa",
            "julkaisu, kirjoitus",
            "talo, tali",
    })
    void different_words_keep_different_stems(String a, String b) {
        assertNotEquals(stemmer.stem(a), stemmer.stem(b));
    }
}
