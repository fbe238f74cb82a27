package org.readerfirst.ui.panel;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;

/** One line of the check panel: a category's heading, or a finding under it. */
public sealed interface PanelRow {

    record Heading(Category category, int count) implements PanelRow {
    }

    /**
     * A finding's line. A later check of the edited text that finds the same thing here (the same
     * check, moved, or with new figures in its message) updates the line in place, so the list keeps
     * its rows and does not lay them all out again at each keystroke.
     */
    final class Item implements PanelRow {

        private final ReadOnlyObjectWrapper<Finding> finding;

        Item(Finding finding) {
            this.finding = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(finding));
        }

        /** The finding as the latest check gave it. */
        public Finding finding() {
            return finding.get();
        }

        ReadOnlyObjectProperty<Finding> findingProperty() {
            return finding.getReadOnlyProperty();
        }

        /** Whether {@code other} is the same line of the panel, whatever its place or figures. */
        boolean sameLine(Item other) {
            Finding a = finding();
            Finding b = other.finding();
            return a.ruleId().equals(b.ruleId()) && a.category() == b.category() && a.severity() == b.severity();
        }

        void update(Finding now) {
            finding.set(Objects.requireNonNull(now));
        }

        @Override
        public String toString() {
            return "Item[" + finding() + "]";
        }
    }
}
