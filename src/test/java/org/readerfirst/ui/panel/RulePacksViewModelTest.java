package org.readerfirst.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.PackProblem;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;
import org.testfx.api.FxToolkit;

/** The writer's own rule packs: a mistake is named by file and line, and a fixed pack works after a reload. */
public class RulePacksViewModelTest {

    static final String PACK = """
            language: en
            rules:
              - id: house-frobnicate
                kind: phrase
                category: clarity
                %s: warning
                message: "“{match}” is a word our readers skip."
                phrases:
                  - frobnicate
                examples:
                  type: post
                  flagged:
                    - "We will frobnicate the merger."
                  clean:
                    - "We found that the two teams work well together."
            """;

    @TempDir
    Path folder;
    private WindowHarness window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    public static void writePack(Path rules, String severityKey) throws Exception {
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("house.yaml"), PACK.formatted(severityKey));
    }

    @Test
    void a_pack_with_a_typo_is_named_by_file_and_line_and_works_once_fixed_and_reloaded() throws Exception {
        Path rules = folder.resolve("rules");
        writePack(rules, "severty");
        Lemmatizers lemmatizers = Lemmatizers.stemmers();
        Supplier<RuleEngine> load = () -> new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltInAnd(rules), lemmatizers);
        window = new WindowHarness(folder.resolve("drafts.db"), load.get(), load).open();
        MainViewModel vm = window.vm;

        assertEquals(1, vm.models().packs().problems().size());
        PackProblem problem = vm.models().packs().problems().get(0);
        assertEquals("house.yaml", PackNoticeView.fileName(problem.source()));
        assertEquals(6, problem.line());
        assertTrue(problem.problem().contains("severty"), problem.problem());
        vm.models().editor().textProperty().set("We will frobnicate the merger.");
        assertFalse(window.check().stream().anyMatch(f -> f.ruleId().equals("house-frobnicate")));

        writePack(rules, "severity");
        vm.models().packs().reload();
        window.runFxUntil(() -> vm.models().packs().problems().isEmpty());

        assertTrue(vm.statusProperty().get().startsWith("Rule packs reloaded"), vm.statusProperty().get());
        assertTrue(window.check().stream().anyMatch(f -> f.ruleId().equals("house-frobnicate")));
    }
}
