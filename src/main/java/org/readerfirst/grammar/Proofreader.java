package org.readerfirst.grammar;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.readerfirst.core.model.Finding;

/** Checks the grammar and spelling of one language. Used by the grammar thread only. */
interface Proofreader extends AutoCloseable {

    /**
     * The findings in one paragraph, with offsets relative to it. Spelling findings cover exactly the
     * word concerned, so that the personal dictionary can be applied to them afterwards.
     *
     * @param cancelled polled while working; once it says true the result no longer matters
     */
    List<Finding> check(String paragraph, GrammarOptions options, BooleanSupplier cancelled) throws Exception;

    /** True when the checker's dictionary has the word as it stands; false when it cannot tell. */
    default boolean knows(String word) {
        return false;
    }

    /** Lets go of what the checker holds outside the heap (threads, native handles). */
    @Override
    default void close() throws Exception {
    }
}
