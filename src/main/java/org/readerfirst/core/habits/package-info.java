/**
 * The writer's habits, from what they published: by month, against the rhythm of the limits table, the
 * categories of finding and the reader-first score, stock messages and repeated openings. Pure: the
 * caller reads the publishing log and the texts, and keeps the verdicts between reports.
 */
package org.readerfirst.core.habits;
