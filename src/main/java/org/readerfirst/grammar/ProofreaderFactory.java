package org.readerfirst.grammar;

/** Builds the checkers of each language, on the grammar thread. */
interface ProofreaderFactory {

    Proofreader english(EnglishVariant variant) throws Exception;

    /** Finnish, or why it cannot be had (a one-line message for the writer). */
    Proofreader finnish() throws VoikkoUnavailableException;

    /** LanguageTool for English, Voikko for Finnish. */
    static ProofreaderFactory standard(VoikkoLocation voikko) {
        return new ProofreaderFactory() {
            @Override
            public Proofreader english(EnglishVariant variant) throws Exception {
                return new LanguageToolProofreader(variant);
            }

            @Override
            public Proofreader finnish() throws VoikkoUnavailableException {
                return VoikkoFinnish.open(voikko);
            }
        };
    }
}
