package org.readerfirst.core.habits;

import java.util.List;
import org.readerfirst.core.model.Category;

/**
 * How many of the checked texts have a warning or error of one category.
 *
 * @param draftIds the texts that have one, oldest first
 * @param of the texts checked
 */
public record CategoryShare(Category category, List<Long> draftIds, int of) {

    public CategoryShare {
        draftIds = List.copyOf(draftIds);
    }

    public int texts() {
        return draftIds.size();
    }

    /** 0.0 to 1.0; 0 when no text was checked. */
    public double share() {
        return of == 0 ? 0 : (double) texts() / of;
    }
}
