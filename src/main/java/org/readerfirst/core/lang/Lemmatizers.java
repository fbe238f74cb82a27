package org.readerfirst.core.lang;

import java.util.EnumMap;
import java.util.Map;
import org.readerfirst.core.model.Language;

/**
 * The lemmatizer of each language, and tokenizers built on them. The stemmers serve by default; a
 * dictionary-based lemmatizer (Voikko for Finnish) can take a language's place.
 */
public final class Lemmatizers {

    private final Map<Language, Tokenizer> tokenizers = new EnumMap<>(Language.class);
    private final String kinds;

    public Lemmatizers(Lemmatizer english, Lemmatizer finnish) {
        this.kinds = english.getClass().getName() + "," + finnish.getClass().getName();
        tokenizers.put(Language.ENGLISH, new Tokenizer(english, true));
        tokenizers.put(Language.FINNISH, new Tokenizer(finnish, false));
    }

    /** Stems for both languages; needs no dictionary. */
    public static Lemmatizers stemmers() {
        return new Lemmatizers(new EnglishStemmer(), new FinnishStemmer());
    }

    /** Which lemmatizers these are (stems, or a dictionary's base forms), as words the rules can match differ. */
    public String kinds() {
        return kinds;
    }

    public Tokenizer tokenizer(Language language) {
        Tokenizer t = tokenizers.get(language);
        if (t == null) {
            throw new IllegalArgumentException("no tokenizer for " + language);
        }
        return t;
    }
}
