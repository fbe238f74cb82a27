package org.readerfirst.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.readerfirst.core.model.Finding;

/**
 * The findings of the last check, with their spans moved along with the writer's edits so the
 * underlines and the panel's links stay on the words they are about until the next check lands.
 *
 * <p>Edits before a finding move it; edits after it leave it alone; an edit inside it stretches or
 * shrinks it; a finding whose text is deleted entirely is dropped. Not thread-safe: the FX thread
 * owns it.
 */
final class TrackedFindings {

    /** The checked finding, keyed by identity, to where its text is now. */
    private final Map<Finding, TextSpan> spans = new IdentityHashMap<>();
    private List<Finding> order = List.of();

    void reset(List<Finding> findings) {
        spans.clear();
        for (Finding f : findings) {
            spans.put(f, new TextSpan(f.start(), f.end()));
        }
        order = List.copyOf(findings);
    }

    void clear() {
        reset(List.of());
    }

    /**
     * Moves the spans for one edit.
     *
     * @param position where the edit starts
     * @param removed how many characters it removed from there
     * @param inserted how many characters it put in their place
     */
    void edited(int position, int removed, int inserted) {
        int removedEnd = position + removed;
        int delta = inserted - removed;
        for (Finding f : order) {
            TextSpan s = spans.get(f);
            if (s == null) {
                continue;
            }
            TextSpan moved = move(s, position, removedEnd, inserted, delta);
            if (moved == null) {
                spans.remove(f);
            } else {
                spans.put(f, moved);
            }
        }
    }

    private static TextSpan move(TextSpan s, int position, int removedEnd, int inserted, int delta) {
        if (removedEnd <= s.start()) {
            return new TextSpan(s.start() + delta, s.end() + delta);
        }
        if (position >= s.end()) {
            // After it, including typing right at its end: the new text is not what was flagged.
            return s;
        }
        if (position <= s.start() && removedEnd >= s.end()) {
            return null;
        }
        // The edit overlaps the finding: keep the part that survives, stretched by what was typed inside.
        int start = position < s.start() ? position + inserted : s.start();
        int end = removedEnd >= s.end() ? position : s.end() + delta;
        return end > start ? new TextSpan(start, end) : null;
    }

    /**
     * Drops the findings that fail {@code keep}, which sees each finding as it is now, at its present
     * offsets; the others keep the spans they have moved to.
     */
    void retain(Predicate<Finding> keep) {
        List<Finding> kept = new ArrayList<>(order.size());
        for (Finding f : order) {
            TextSpan s = spans.get(f);
            if (s != null && keep.test(at(f, s))) {
                kept.add(f);
            } else {
                spans.remove(f);
            }
        }
        order = List.copyOf(kept);
    }

    /** The findings as the check gave them, the ones whose text was deleted since included. */
    List<Finding> checked() {
        return order;
    }

    /** Where the finding's text is now, or empty if it was deleted since the check. */
    Optional<TextSpan> spanOf(Finding finding) {
        return Optional.ofNullable(spans.get(finding));
    }

    /** The surviving findings at their present offsets, in the order the check gave them. */
    List<Finding> current() {
        List<Finding> out = new ArrayList<>(spans.size());
        for (Finding f : order) {
            TextSpan s = spans.get(f);
            if (s != null) {
                out.add(at(f, s));
            }
        }
        return out;
    }

    private static Finding at(Finding f, TextSpan s) {
        return s.start() == f.start() && s.end() == f.end() ? f
                : new Finding(f.ruleId(), f.category(), f.severity(), s.start(), s.end(), f.message(), f.why(),
                        f.suggestions());
    }
}
