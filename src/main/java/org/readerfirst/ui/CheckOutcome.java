package org.readerfirst.ui;

import org.readerfirst.core.model.CheckResult;

/** A check's result with the editor revision its snapshot was taken at, to tell stale ones apart. */
record CheckOutcome(long revision, CheckResult result) {
}
