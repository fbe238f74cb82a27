package org.readerfirst.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;
import org.readerfirst.ui.editor.TextSpan;
import org.testfx.api.FxToolkit;

/**
 * The panel's rows while the writer types: a check that only moves the findings, or changes the
 * figures in their messages, keeps every row (the list is not laid out again), and each row's
 * finding is the latest check's, where its words are now.
 */
class CheckPanelRowsTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;
    private MainViewModel vm;
    private final List<String> changes = new ArrayList<>();

    @BeforeAll
    static void loadRules() throws Exception {
        FxToolkit.registerPrimaryStage();
        engine = BuiltInRules.engine();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private void open(String text) throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
        vm = window.vm;
        edit(0, 0, text);
        vm.models().panel().rows().addListener((ListChangeListener<PanelRow>) c -> {
            while (c.next()) {
                changes.add(c.toString());
            }
        });
    }

    /** An edit as the editor reports it, then the check the editor starts after it. */
    private void edit(int at, int removed, String inserted) throws Exception {
        String now = vm.models().editor().textProperty().get();
        vm.models().editor().textEdited(at, removed, inserted.length());
        vm.models().editor().textProperty().set(now.substring(0, at) + inserted + now.substring(at + removed));
        assertTrue(vm.models().editor().live().apply(vm.models().editor().live().startRulesCheck().get()));
    }

    private List<PanelRow.Item> items() {
        return vm.models().panel().rows().stream().filter(r -> r instanceof PanelRow.Item)
                .map(r -> (PanelRow.Item) r).toList();
    }

    private static final String POST = "We leverage synergies to move the needle.\n\nWhat would you measure first?";

    @Test
    void typing_before_the_findings_keeps_the_rows_and_moves_their_findings() throws Exception {
        open(POST);
        List<PanelRow.Item> before = items();
        assertTrue(before.size() >= 2, "the post has jargon to find: " + before);
        List<Integer> starts = before.stream().map(i -> i.finding().start()).toList();

        edit(0, 0, "So ");

        assertEquals(List.of(), changes, "no row came or went");
        List<PanelRow.Item> after = items();
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i));
            assertEquals(starts.get(i) + 3, after.get(i).finding().start(), "the row's finding is where its words are now");
        }
        // What the row offers works on the words where they are now.
        PanelRow.Item first = after.get(0);
        assertEquals(new TextSpan(first.finding().start(), first.finding().end()),
                vm.models().editor().live().spanOf(first.finding()).orElseThrow());
    }

    @Test
    void a_new_finding_changes_the_list_only_where_it_comes() throws Exception {
        open(POST);
        PanelRow.Item kept = items().get(0);

        edit(POST.length(), 0, " More synergies, more leverage.");

        assertTrue(!changes.isEmpty(), "the new finding's row came");
        assertTrue(items().size() > 2);
        assertTrue(items().contains(kept), "the rows that stayed are the same rows");
    }
}
