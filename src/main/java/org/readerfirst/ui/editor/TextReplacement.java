package org.readerfirst.ui.editor;

/** Words of the editor to replace with a finding's fix. */
public record TextReplacement(TextSpan span, String text) {
}
