package org.readerfirst;

import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RuleBook;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;

/**
 * The built-in rule packs, loaded once for every test that checks with them: the engine holds no
 * state between checks, so one instance serves every test and thread. Finnish words are matched by
 * stems, as on a machine without Voikko; a test of Voikko's base forms builds its own.
 */
public final class BuiltInRules {

    private static final Lemmatizers LEMMATIZERS = Lemmatizers.stemmers();
    private static final RuleBook BOOK = new RulePackLoader(LEMMATIZERS).loadBuiltIn();
    private static final RuleEngine ENGINE = new RuleEngine(BOOK, LEMMATIZERS);

    private BuiltInRules() {
    }

    public static RuleEngine engine() {
        return ENGINE;
    }

    public static RuleBook book() {
        return BOOK;
    }

    public static Lemmatizers lemmatizers() {
        return LEMMATIZERS;
    }
}
