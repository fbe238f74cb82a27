package org.readerfirst.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
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

    private final GrammarService service;
    private final boolean owned;
    private final GrammarOptions options;
    private final PrintStream err;
    private final Set<String> told = new HashSet<>();

    /** @param shared a service already running, kept open afterwards; null to start one for this run */
    GrammarCheck(GrammarService shared, EnglishVariant english, PrintStream err) {
        this.owned = shared == null;
        this.service = owned ? new GrammarService(english, VoikkoLocation.system()).start() : shared;
        this.options = GrammarOptions.defaults().withVariant(english);
        this.err = err;
    }

    CheckResult addTo(String file, CheckResult rules) {
        // The draft's own language setting: in AUTO each paragraph is checked in the language it is in.
        GrammarResult grammar;
        try {
            grammar = service.check(rules.snapshot(), options).join();
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
            service.close();
        }
    }
}
