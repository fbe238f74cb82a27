package org.readerfirst.core.habits;

import java.time.LocalDate;
import java.util.List;
import org.readerfirst.core.model.ContentType;

/**
 * Publications over the rhythm in the limits table: the updates of a day with more than its
 * {@code per-day}, or the articles of seven days with more than their {@code per-week}, as the cadence
 * checks count them.
 *
 * @param day the calendar day, or the day of the article that made its seven days hold one too many
 * @param count how many went out that day, or in the seven days up to that article
 * @param limit the allowance they went over
 * @param draftIds the drafts among them, oldest first (a deleted draft's entry is counted, not listed)
 */
public record RhythmBreak(LocalDate day, ContentType type, int count, int limit, List<Long> draftIds) {

    public RhythmBreak {
        draftIds = List.copyOf(draftIds);
    }
}
