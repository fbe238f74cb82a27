package org.readerfirst.ui.editor;

import org.reactfx.EventStream;
import org.readerfirst.core.model.Finding;

/**
 * What the writer can do with a finding from inside the editor (its menu) and what the editor is
 * asked to do in turn. The check panel carries these out; the editor knows only this much of it.
 */
public interface FindingActions {

    /** Puts the fix in place of the finding's words, if they are still there. */
    void applyFix(Finding finding, String replacement);

    /** "Not here": the finding stays away from these words in this draft. */
    void dismiss(Finding finding);

    /** "Add to dictionary": the flagged word is never flagged again. */
    void addToDictionary(Finding finding);

    /** "Ignore this rule": the grammar rule behind the finding stays quiet in every draft. */
    void ignoreRule(Finding finding);

    /** Opens the guidance's page on the principle behind the finding. */
    void showGuidance(Finding finding);

    /** Replacements to apply to the text, undoably. */
    EventStream<TextReplacement> fixes();

    /** Spans to select and scroll to. */
    EventStream<TextSpan> reveals();
}
