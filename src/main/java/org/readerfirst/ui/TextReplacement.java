package org.readerfirst.ui;

/** Words of the editor to replace with a finding's fix. */
record TextReplacement(TextSpan span, String text) {
}
