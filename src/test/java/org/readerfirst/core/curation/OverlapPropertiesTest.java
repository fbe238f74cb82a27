package org.readerfirst.core.curation;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the two texts, the comparison answers, and every run points inside both of them. */
class OverlapPropertiesTest {

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("👍🏽", "👨‍👩‍👧", "e\u0301", "\u00ad", "\u200b", "\ud800", "\udc00", "\u0000", "\n\n",
                        "İstanbul", "ß", "ǅ", "the same words again and again", "sama lause taas ja taas", "> q"),
                Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(3));
        return pieces.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 400)
    void runs_stay_inside_both_texts_and_never_overlap(@ForAll("anyText") String draft, @ForAll("anyText") String other) {
        String source = other + " " + draft + " " + other; // a source that holds the draft, among other things
        check(draft, source);
        check(draft, other);
        check(draft + draft, draft);
    }

    @Property(tries = 3)
    void a_megabyte_draft_against_a_megabyte_source_stays_inside_both(@ForAll("anyText") String piece) {
        String source = (piece + " ").repeat(1 + 1_000_000 / (piece.length() + 1));
        String draft = source.substring(0, source.length() / 2) + " my own words " + piece;
        check(draft, source);
    }

    private static void check(String draft, String source) {
        SourceComparison c = SourceText.of(source).compare(draft);
        List<CopiedRun> runs = c.runs();
        int previousEnd = 0;
        for (CopiedRun r : runs) {
            if (r.start() < previousEnd || r.end() > draft.length() || r.sourceEnd() > source.length()
                    || r.start() >= r.end() || r.sourceStart() >= r.sourceEnd()) {
                throw new AssertionError(r + " outside 0.." + draft.length() + " / 0.." + source.length());
            }
            previousEnd = r.end();
        }
        if (c.copiedWords() > c.draftWords() || c.copiedShare() < 0 || c.copiedShare() > 1 || c.ownWords() < 0) {
            throw new AssertionError(c.copiedWords() + " of " + c.draftWords());
        }
    }
}
