package org.readerfirst.ui.editor;

/** A range of the editor's text in UTF-16 offsets, {@code end} exclusive. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
