package org.readerfirst.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.Exporter;
import org.readerfirst.ui.app.WindowHarness;
import org.readerfirst.ui.common.Messages;

/** The feed preview: the exported text folded where the rule book's limits say, counted against the limit. */
class PreviewPaneViewModelTest {

    static final String LONG_POST = "We moved support to a four-day week six months ago and the numbers surprised us."
            + " Response times held, sick days fell by a third, and hiring got easier because people asked for it."
            + " Here is how we measured each one, and what we would do differently next time around.";

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;

    @BeforeAll
    static void loadRules() {
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void open() throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
        window.settle();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private PreviewPaneViewModel preview() {
        return window.vm.models().preview();
    }

    private void refresh() throws Exception {
        var done = preview().refresh();
        window.runFxUntil(done::isDone);
    }

    @Test
    void a_long_post_folds_at_the_desktop_fold_and_further_up_on_a_phone() throws Exception {
        window.vm.models().editor().textProperty().set(LONG_POST);
        refresh();
        int desktop = engine.book().limits().get(ContentType.POST, "fold-desktop").getAsInt();
        String visible = preview().visibleProperty().get();
        assertTrue(visible.length() <= desktop && visible.length() > desktop - 30, visible);
        assertEquals(LONG_POST, visible + " " + preview().hiddenProperty().get());
        assertEquals(Messages.get("counter", LONG_POST.length(), 3000), preview().countProperty().get());
        assertFalse(preview().overLimitProperty().get());

        preview().mobileProperty().set(true);
        window.runFxUntil(() -> preview().visibleProperty().get().length() < visible.length());
        int mobile = engine.book().limits().get(ContentType.POST, "fold-mobile").getAsInt();
        assertTrue(preview().visibleProperty().get().length() <= mobile);
        assertTrue(LONG_POST.startsWith(preview().visibleProperty().get()));
    }

    @Test
    void a_draft_of_megabytes_is_previewed_in_part_with_a_note_of_how_much_is_left_and_counted_whole()
            throws Exception {
        String huge = (LONG_POST + "\n\n").repeat(5_000_000 / (LONG_POST.length() + 2));
        window.vm.models().editor().textProperty().set(huge);
        refresh();
        String hidden = preview().hiddenProperty().get();
        int shown = preview().visibleProperty().get().length() + hidden.length();
        assertTrue(shown < PreviewPaneViewModel.MAX_SHOWN + 200, String.valueOf(shown));
        assertTrue(hidden.matches("(?s).*\\n\\n… and [\\d,]+ more characters, not shown in the preview"),
                hidden.substring(hidden.length() - 100));
        assertTrue(huge.contains(hidden.substring(0, hidden.lastIndexOf("\n\n…"))));
        assertEquals(Messages.get("counter", huge.strip().length(), 3000), preview().countProperty().get());
    }

    @Test
    void the_preview_shows_the_exported_linkedin_text() throws Exception {
        String draft = "**Three lessons** from our pilot.";
        window.vm.models().editor().textProperty().set(draft);
        refresh();
        assertEquals(Exporter.export(draft, ContentType.POST, Language.AUTO, ExportFormat.LINKEDIN),
                preview().visibleProperty().get());
        assertEquals("", preview().hiddenProperty().get());
    }

    @Test
    void a_post_over_the_limit_is_counted_as_over() throws Exception {
        window.vm.models().editor().textProperty().set("word ".repeat(700).strip());
        refresh();
        assertTrue(preview().overLimitProperty().get());
        assertEquals(Messages.get("counter", 3499, 3000), preview().countProperty().get());
    }

    @Test
    void the_open_pane_is_remembered() throws Exception {
        assertFalse(preview().openProperty().get());
        preview().openProperty().set(true);
        window.settle();
        window.reopen();
        assertTrue(preview().openProperty().get());
    }
}
