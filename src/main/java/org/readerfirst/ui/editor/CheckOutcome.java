package org.readerfirst.ui.editor;

import org.readerfirst.core.model.CheckResult;

/** A check's result with the editor revision its snapshot was taken at, to tell stale ones apart. */
public record CheckOutcome(long revision, CheckResult result) {
}
