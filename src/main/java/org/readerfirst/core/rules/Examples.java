package org.readerfirst.core.rules;

import java.util.List;

/**
 * The texts a rule must flag and must leave alone; the test suite runs every one.
 *
 * @param type the content type the examples are written for (default: the rule's first surface)
 * @param language the language of the examples, for packs that serve both (default: the pack's)
 * @param audience the interests of an audience the examples are written for, if the rule needs one
 * @param log for cadence rules, the publishing log of the flagged examples: "TYPE HOURS" per entry, published
 *     that many hours before the example is planned
 * @param cleanLog the same for the clean examples
 * @param source for source rules, the text the examples are compared with
 * @param earlier for source rules, earlier published drafts: "YYYY-MM-DD: text" per entry
 */
public record Examples(String type, String language, List<String> audience, List<String> log, List<String> cleanLog,
                       String source, List<String> earlier, List<String> flagged, List<String> clean) implements java.io.Serializable {

    public Examples {
        log = log == null ? List.of() : List.copyOf(log);
        cleanLog = cleanLog == null ? List.of() : List.copyOf(cleanLog);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        audience = audience == null ? List.of() : List.copyOf(audience);
        flagged = flagged == null ? List.of() : List.copyOf(flagged);
        clean = clean == null ? List.of() : List.copyOf(clean);
    }

    void validate() {
        if (flagged.isEmpty() || clean.isEmpty()) {
            throw new IllegalArgumentException("examples need at least one 'flagged' and one 'clean' text");
        }
    }
}
