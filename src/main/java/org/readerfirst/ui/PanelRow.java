package org.readerfirst.ui;

import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;

/** One line of the check panel: a category's heading, or a finding under it. */
sealed interface PanelRow {

    record Heading(Category category, int count) implements PanelRow {
    }

    record Item(Finding finding) implements PanelRow {
    }
}
