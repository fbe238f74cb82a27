package org.readerfirst.grammar;

import java.util.LinkedHashSet;
import java.util.Set;
import org.puimula.libvoikko.VoikkoException;
import org.readerfirst.core.lang.FinnishStemmer;
import org.readerfirst.core.lang.Lemmatizer;

/**
 * Finnish forms through Voikko: a word's base forms ("johdon" gives "johto", which a stemmer cannot
 * undo) on top of the stemmer's forms, so a match the stemmer finds is never lost.
 */
public final class VoikkoLemmatizer implements Lemmatizer {

    private final VoikkoFinnish voikko;
    private final FinnishStemmer stemmer = new FinnishStemmer();

    public VoikkoLemmatizer(VoikkoFinnish voikko) {
        this.voikko = voikko;
    }

    @Override
    public Set<String> forms(String lowerCaseWord) {
        Set<String> forms = new LinkedHashSet<>(stemmer.forms(lowerCaseWord));
        try {
            forms.addAll(voikko.baseForms(lowerCaseWord));
        } catch (VoikkoException e) {
            // Voikko was closed: the stems still match.
        }
        return forms;
    }
}
