package org.readerfirst.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.grammar.VoikkoLocation;

/**
 * The grammar and spelling part of {@code check}: adds LanguageTool's and Voikko's findings to the
 * rules' and tells on standard error, once each, what could not be checked.
 */
final class GrammarCheck implements AutoCloseable {

    private final List<GrammarService> services = new ArrayList<>();
    private final boolean owned;
    private final int width;
    private final EnglishVariant english;
    private final GrammarOptions options;
    private final PrintStream err;
    private final Set<String> told = new HashSet<>();
    private int next;

    /**
     * @param shared a service already running, kept open afterwards; null to start up to {@code jobs}
     *               of them for this run as files come, each with its own checkers on its own thread,
     *               so that as many files are checked at once (each costs LanguageTool's memory again)
     */
    GrammarCheck(GrammarService shared, EnglishVariant english, PrintStream err, int jobs) {
        this.owned = shared == null;
        this.width = owned ? Math.max(1, jobs) : 1;
        this.english = english;
        if (owned) {
            services.add(new GrammarService(english, VoikkoLocation.system()).start());
        } else {
            services.add(shared);
        }
        this.options = GrammarOptions.defaults().withVariant(english);
        this.err = err;
    }

    /** How many files can be in check at once: one a service, since a service's next check cancels its last. */
    int width() {
        return width;
    }

    /**
     * Starts the check of a file's text on the next service in turn, starting that service if this
     * is its first file. Call {@link #addTo} for the file before starting {@link #width()} more, and
     * in the order they were started.
     */
    CompletableFuture<GrammarResult> start(CheckResult rules) {
        if (next == services.size()) {
            services.add(new GrammarService(english, VoikkoLocation.system()).start());
        }
        GrammarService service = services.get(next);
        next = (next + 1) % width;
        // The draft's own language setting: in AUTO each paragraph is checked in the language it is in.
        return service.check(rules.snapshot(), options);
    }

    /** The rules' findings with the grammar check's added; what could not be checked is told once. */
    CheckResult addTo(String file, CheckResult rules, CompletableFuture<GrammarResult> started) {
        GrammarResult grammar;
        try {
            grammar = started.join();
        } catch (CancellationException e) {
            tell(file, "grammar check unavailable for this text");
            return rules;
        }
        for (String notice : grammar.notices()) {
            tell(file, notice);
        }
        List<Finding> all = new ArrayList<>(rules.findings());
        all.addAll(grammar.findings());
        return rules.withFindings(all);
    }

    private void tell(String file, String notice) {
        // Voikko missing is news once a run; a text's own trouble is told with the file's name.
        boolean aboutTheMachine = notice.startsWith("Finnish spelling is unavailable");
        if (!aboutTheMachine) {
            err.println("readerfirst: " + file + ": " + notice);
        } else if (told.add(notice)) {
            err.println("readerfirst: " + notice);
        }
    }

    @Override
    public void close() {
        if (owned) {
            services.forEach(GrammarService::close);
        }
    }
}
