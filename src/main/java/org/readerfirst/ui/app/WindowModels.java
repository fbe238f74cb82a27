package org.readerfirst.ui.app;

import org.readerfirst.ui.audiences.AudiencesViewModel;
import org.readerfirst.ui.editor.EditorViewModel;
import org.readerfirst.ui.library.DraftLibraryViewModel;
import org.readerfirst.ui.library.DraftListViewModel;
import org.readerfirst.ui.library.LibraryFilesViewModel;
import org.readerfirst.ui.library.TrashViewModel;
import org.readerfirst.ui.panel.CheckChoicesViewModel;
import org.readerfirst.ui.panel.CheckPanelViewModel;
import org.readerfirst.ui.panel.GrammarChoicesViewModel;
import org.readerfirst.ui.panel.RulePacksViewModel;
import org.readerfirst.ui.preview.PreviewPaneViewModel;
import org.readerfirst.ui.publishing.ExportViewModel;
import org.readerfirst.ui.publishing.PublishingLogViewModel;
import org.readerfirst.ui.revisions.RevisionsViewModel;
import org.readerfirst.ui.source.SourcePaneViewModel;

/**
 * The window's view models as {@link MainViewModel} made and wired them, handed to the view in one
 * piece so that it builds each part from its own model.
 *
 * @param editor the open draft and its live check
 * @param panel the checks beside the editor
 * @param drafts the drafts list and the draft picked in it
 * @param library the list's search, filters, tags and copies
 * @param libraryFiles backups, restores, exports and imports of the whole library
 * @param export Copy for LinkedIn and Export… of the open draft
 * @param preview the open draft as the feed would show it
 * @param sourcePane the source beside the open draft
 */
public record WindowModels(
        EditorViewModel editor,
        CheckPanelViewModel panel,
        DraftListViewModel drafts,
        DraftLibraryViewModel library,
        LibraryFilesViewModel libraryFiles,
        TrashViewModel trash,
        PublishingLogViewModel publishingLog,
        AudiencesViewModel audiences,
        CheckChoicesViewModel choices,
        RulePacksViewModel packs,
        GrammarChoicesViewModel grammarChoices,
        AppearanceViewModel appearance,
        RevisionsViewModel revisions,
        SourcePaneViewModel sourcePane,
        PreviewPaneViewModel preview,
        ExportViewModel export) {
}
