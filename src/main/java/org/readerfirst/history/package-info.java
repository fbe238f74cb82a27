/**
 * The writer's own history brought in from LinkedIn's data export ("Get a copy of your data"): the
 * posts, comments, messages and invitation notes they sent, read from the export's CSV files and
 * added to the library as published drafts; and the report of their habits over everything they
 * published ({@link org.readerfirst.history.WritingHabits}). Reads files and calls the store; no
 * window, no printing.
 */
package org.readerfirst.history;
