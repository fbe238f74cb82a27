package org.readerfirst.ui.panel;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.rules.PackProblem;
import org.readerfirst.core.rules.Rule;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.GrammarRuleIds;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The rule packs in use: the built-in ones with the writer's own on top. Reloading reads the packs
 * again on the check thread, so the writer can fix a pack and see its rule work without a restart;
 * the packs that were skipped are listed with the file, the line and what is wrong.
 */
public final class RulePacksViewModel {

    private static final System.Logger LOG = System.getLogger(RulePacksViewModel.class.getName());

    private final EditorViewModel editor;
    private final Supplier<RuleEngine> loader;
    private final Executor loadExecutor;
    private final Executor fx;
    private final StatusLine status;
    private final ObservableList<PackProblem> problems = FXCollections.observableArrayList();
    private boolean loading;

    public RulePacksViewModel(EditorViewModel editor, Supplier<RuleEngine> loader, Executor loadExecutor, Executor fx,
                       StatusLine status) {
        this.editor = editor;
        this.loader = loader;
        this.loadExecutor = loadExecutor;
        this.fx = fx;
        this.status = status;
        show(editor.live().engine().book().problems());
    }

    /** Reads the packs again off the FX thread and checks the open draft with them. */
    public CompletableFuture<Void> reload() {
        if (loading) {
            return CompletableFuture.completedFuture(null);
        }
        loading = true;
        status.show(Messages.get("status.packs.reloading"));
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(loader, loadExecutor).whenCompleteAsync((engine, error) -> {
            loading = false;
            if (error != null) {
                status.storeFailed(error);
            } else {
                editor.live().setEngine(engine);
                show(engine.book().problems());
                status.show(problems.isEmpty()
                        ? Messages.get("status.packs.reloaded", engine.book().packs().size())
                        : Messages.get("status.packs.skipped", problems.size()));
            }
            done.complete(null);
        }, fx);
        return done;
    }

    private void show(List<PackProblem> now) {
        now.forEach(p -> LOG.log(Level.WARNING, "Rule pack skipped: {0}", p));
        problems.setAll(now);
    }

    /**
     * The category of a rule in the packs now loaded, or of a grammar checker's rule, to name a check
     * the writer turned off or dismissed.
     */
    public Optional<Category> categoryOf(String ruleId) {
        if (GrammarRuleIds.isGrammar(ruleId)) {
            return Optional.of(GrammarRuleIds.category(ruleId));
        }
        return editor.live().engine().book().rules().stream().filter(r -> r.id().equals(ruleId)).map(Rule::category).findFirst();
    }

    public ObservableList<PackProblem> problems() {
        return problems;
    }
}
