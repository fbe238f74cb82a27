package org.readerfirst.core.fidelity;

/**
 * How one category fared on a set of texts: found where labelled (true positives), found where not
 * labelled (false alarms) and labelled but not found (misses).
 */
public record Tally(int found, int falseAlarms, int missed) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(found + o.found, falseAlarms + o.falseAlarms, missed + o.missed);
    }

    public int labelled() {
        return found + missed;
    }

    /** Of the texts flagged, the share labelled; 1 when nothing was flagged. */
    public double precision() {
        return found + falseAlarms == 0 ? (missed == 0 ? 1 : 0) : (double) found / (found + falseAlarms);
    }

    /** Of the labelled texts, the share flagged; 1 when none is labelled. */
    public double recall() {
        return labelled() == 0 ? 1 : (double) found / labelled();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
