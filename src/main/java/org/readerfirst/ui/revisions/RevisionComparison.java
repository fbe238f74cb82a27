package org.readerfirst.ui.revisions;

import org.readerfirst.core.diff.TextDiff;

/** Two texts side by side, the older on the left, with what changed between them. */
record RevisionComparison(String leftLabel, String leftText, String rightLabel, String rightText, TextDiff diff) {
}
