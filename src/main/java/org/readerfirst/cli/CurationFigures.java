package org.readerfirst.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readerfirst.core.curation.CopiedRun;
import org.readerfirst.core.curation.SourceComparison;

/** The figures of a draft compared with its source, as {@code check} prints them. */
final class CurationFigures {

    private CurationFigures() {
    }

    /** {@code {"copied_share": 0.42, "own_words": 57, "attributed": false, "copied_spans": [...]}}. */
    static Map<String, Object> toMap(SourceComparison c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("copied_share", Math.round(c.copiedShare() * 1000) / 1000.0);
        o.put("own_words", c.ownWords());
        o.put("attributed", c.attributed());
        List<Map<String, Integer>> spans = new ArrayList<>();
        for (CopiedRun r : c.runs()) {
            Map<String, Integer> span = new LinkedHashMap<>();
            span.put("start", r.start());
            span.put("end", r.end());
            span.put("source_start", r.sourceStart());
            span.put("source_end", r.sourceEnd());
            spans.add(span);
        }
        o.put("copied_spans", spans);
        return o;
    }

    static String summary(SourceComparison c) {
        return String.format(Locale.ROOT, "%d%% copied from the source in %d run%s, %d words of your own, %s",
                Math.round(c.copiedShare() * 100), c.runs().size(), c.runs().size() == 1 ? "" : "s", c.ownWords(),
                c.attributed() ? "the source is credited" : "the source is not credited");
    }
}
