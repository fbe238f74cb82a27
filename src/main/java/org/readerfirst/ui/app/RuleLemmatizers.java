package org.readerfirst.ui.app;

import org.readerfirst.core.lang.EnglishStemmer;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.grammar.VoikkoFinnish;
import org.readerfirst.grammar.VoikkoLemmatizer;
import org.readerfirst.grammar.VoikkoLocation;
import org.readerfirst.grammar.VoikkoUnavailableException;

/**
 * The rule engine's word forms: where Voikko is installed, Finnish phrase rules match by base forms
 * ("johdon" is "johto"), which stems cannot undo; without it, the stemmers as before.
 */
final class RuleLemmatizers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RuleLemmatizers.class.getName());

    private final Lemmatizers lemmatizers;
    private final VoikkoFinnish voikko;

    private RuleLemmatizers(Lemmatizers lemmatizers, VoikkoFinnish voikko) {
        this.lemmatizers = lemmatizers;
        this.voikko = voikko;
    }

    static RuleLemmatizers open(VoikkoLocation where) {
        try {
            VoikkoFinnish voikko = VoikkoFinnish.open(where);
            return new RuleLemmatizers(new Lemmatizers(new EnglishStemmer(), new VoikkoLemmatizer(voikko)), voikko);
        } catch (VoikkoUnavailableException e) {
            LOG.log(System.Logger.Level.INFO, "Finnish rules match by stems: " + e.getMessage());
            return new RuleLemmatizers(Lemmatizers.stemmers(), null);
        }
    }

    Lemmatizers lemmatizers() {
        return lemmatizers;
    }

    boolean usesVoikko() {
        return voikko != null;
    }

    /** A check still running gets the stems for the rest of its words: the lemmatizer expects that. */
    @Override
    public void close() {
        if (voikko != null) {
            voikko.close();
        }
    }
}
