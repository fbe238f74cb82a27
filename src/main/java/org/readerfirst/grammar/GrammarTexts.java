package org.readerfirst.grammar;

import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Language;

/** The app's own words about grammar and spelling, in English and Finnish. */
final class GrammarTexts {

    private GrammarTexts() {
    }

    static String why(Category category, Language language) {
        boolean fi = language == Language.FINNISH;
        if (category == Category.SPELLING) {
            return fi ? "Kirjoitusvirhe vie lukijan huomion asiasta ja syö uskottavuutta. Jos sana on oikein, "
                    + "lisää se omaan sanastoosi."
                    : "A typo pulls the reader's attention away from your point and costs credibility. If the word "
                    + "is right, add it to your dictionary.";
        }
        return fi ? "Huoliteltu kieli on osa ammattimaista sisältöä: lukija ei kompastu virheisiin vaan keskittyy asiaan."
                : "Polished language is part of professional content: readers who do not trip over mistakes stay "
                + "with your point.";
    }

    static String unknownWord(String word, Language language) {
        return language == Language.FINNISH ? "Tuntematon sana: \u201d" + word + "\u201d"
                : "Possible spelling mistake: \u201c" + word + "\u201d";
    }

    static String probableName(String word, Language language) {
        return language == Language.FINNISH
                ? "\u201d" + word + "\u201d puuttuu sanastosta. Jos se on nimi tai alan termi, kaikki on hyvin; "
                        + "muuten tarkista kirjoitusasu."
                : "\u201c" + word + "\u201d is not in the dictionary. If it is a name or a term of your field, all is "
                        + "well; if not, check its spelling.";
    }

    static String englishInFinnish(String word, Language language) {
        return language == Language.FINNISH
                ? "\u201d" + word + "\u201d on englantia suomenkielisessä tekstissä. Jos suomenkielinen sana käy, "
                        + "lukija lukee sen nopeammin."
                : "\u201c" + word + "\u201d is an English word in a Finnish text. Where a Finnish word would do, "
                        + "readers take it in faster.";
    }

    static final String UNAVAILABLE_FOR_TEXT = "grammar check unavailable for this text";

    static final String VOIKKO_MISSING = "Finnish spelling is unavailable: Voikko is not installed. On Debian or "
            + "Ubuntu run 'sudo apt-get install libvoikko1 voikko-fi'; on other systems use the installers at "
            + "voikko.puimula.org.";

    static final String VOIKKO_DICTIONARY_MISSING = "Finnish spelling is unavailable: Voikko has no Finnish "
            + "dictionary. On Debian or Ubuntu run 'sudo apt-get install voikko-fi'; on other systems use the "
            + "installers at voikko.puimula.org.";
}
