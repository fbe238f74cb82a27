package org.readerfirst.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.readerfirst.core.fidelity.FidelityFloor;
import org.readerfirst.core.fidelity.FidelityReport;
import org.readerfirst.core.fidelity.FidelityTally;
import org.readerfirst.core.fidelity.LabelledCorpus;
import org.readerfirst.core.fidelity.LabelledText;
import org.readerfirst.core.fidelity.SeededTypo;
import org.readerfirst.core.fidelity.TypoPair;
import org.readerfirst.core.fidelity.TypoSeeds;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.grammar.GrammarService;
import org.readerfirst.grammar.VoikkoLocation;

/**
 * {@code readerfirst eval}: runs the checks over a labelled corpus and says, per category and
 * language, how many labelled problems they found and how many clean texts they flagged; with
 * grammar, also how often LanguageTool and Voikko flag clean published writing and how many real
 * typos seeded into it they catch. With {@code --floor} the run is held to figures recorded before.
 */
final class EvalCommand {

    /** How many copies of one clean text may carry a seeded typo each. */
    private static final int TYPOS_PER_TEXT = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final GrammarService shared;
    private boolean toldVoikko;

    EvalCommand(PrintStream out, PrintStream err, InputStream in, GrammarService shared) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.shared = shared;
    }

    int run(List<String> rawArgs) throws UsageException {
        List<String> args = new ArrayList<>(rawArgs);
        boolean grammar = !args.remove("--no-grammar");
        CommandArgs parsed = CommandArgs.parse("eval", args, Set.of("--format", "--typos", "--floor", "--record",
                "--rules", "--mistakes"));
        boolean json = parsed.json("eval");
        if (parsed.positional().isEmpty()) {
            throw new UsageException("eval: name a corpus file (JSON Lines)");
        }
        String typosFile = parsed.option("--typos");
        if ((typosFile != null || parsed.option("--mistakes") != null) && !grammar) {
            throw new UsageException("eval: --typos and --mistakes concern spelling, which --no-grammar leaves out");
        }
        List<LabelledText> corpus = new ArrayList<>();
        for (String file : parsed.positional()) {
            corpus.addAll(parse(() -> LabelledCorpus.parse(file, TextInput.read(file, in))));
        }
        List<TypoPair> typos = typosFile == null ? List.of()
                : parse(() -> TypoSeeds.parse(typosFile, TextInput.read(typosFile, in)));
        String mistakesFile = parsed.option("--mistakes");
        Set<String> mistakes = mistakesFile == null ? Set.of()
                : parse(() -> TypoSeeds.knownMistakes(mistakesFile, TextInput.read(mistakesFile, in)));
        Map<String, Double> floor = null;
        String floorFile = parsed.option("--floor");
        if (floorFile != null) {
            floor = parse(() -> FidelityFloor.parse(floorFile, TextInput.read(floorFile, in)));
        }
        FidelityReport report;
        try (RuleSetup rules = RuleSetup.open(parsed.option("--rules"), err)) {
            report = grammar ? withGrammar(rules.engine(), corpus, typos, mistakes) : rulesOnly(rules.engine(), corpus);
        }
        if (json) {
            out.println(FidelityPrinter.json(report));
        } else {
            FidelityPrinter.text(out, String.join(" ", parsed.positional()), report, floor == null);
        }
        Map<String, Double> figures = report.figures();
        String recordFile = parsed.option("--record");
        if (recordFile != null) {
            try {
                Files.writeString(Path.of(recordFile), FidelityFloor.format(figures), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("eval: --record " + recordFile + ": cannot write (" + e.getMessage() + ")");
            }
        }
        if (floor != null) {
            List<String> shortfalls = FidelityFloor.shortfalls(floor, figures);
            for (String s : shortfalls) {
                err.println("readerfirst: eval: " + s);
            }
            return shortfalls.isEmpty() ? ReaderFirstCli.OK : ReaderFirstCli.FINDINGS;
        }
        return ReaderFirstCli.OK;
    }

    private static FidelityReport rulesOnly(RuleEngine engine, List<LabelledText> corpus) {
        FidelityTally tally = new FidelityTally();
        for (LabelledText t : corpus) {
            tally.add(t, rules(engine, t).findings());
        }
        return tally.report();
    }

    private FidelityReport withGrammar(RuleEngine engine, List<LabelledText> corpus, List<TypoPair> typos,
                                       Set<String> mistakes) {
        FidelityTally tally = new FidelityTally(mistakes);
        GrammarService service = shared != null ? shared : new GrammarService(EnglishVariant.AUTOMATIC, VoikkoLocation.system()).start();
        try {
            GrammarOptions options = GrammarOptions.defaults();
            for (LabelledText t : corpus) {
                CheckResult rules = rules(engine, t);
                tally.add(t, rules.findings());
                if (t.clean()) {
                    tally.addProofreading(t, proofread(service, rules.snapshot(), options));
                }
            }
            for (SeededTypo s : TypoSeeds.seed(corpus, typos, TYPOS_PER_TEXT)) {
                tally.addSeeded(s, proofread(service, new TextSnapshot(s.text(), s.base().type(), Language.AUTO), options));
            }
        } finally {
            if (shared == null) {
                service.close();
            }
        }
        return tally.report();
    }

    /** The language is detected, as the app and {@code check} do by default. */
    private static CheckResult rules(RuleEngine engine, LabelledText t) {
        return engine.check(new TextSnapshot(t.text(), t.type(), Language.AUTO));
    }

    private List<Finding> proofread(GrammarService service, TextSnapshot snapshot, GrammarOptions options) {
        try {
            var result = service.check(snapshot, options).join();
            for (String notice : result.notices()) {
                if (notice.startsWith("Finnish spelling is unavailable") && !toldVoikko) {
                    toldVoikko = true;
                    err.println("readerfirst: eval: " + notice);
                }
            }
            return result.findings();
        } catch (CancellationException | CompletionException e) {
            err.println("readerfirst: eval: grammar check unavailable for a text (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private interface Reading<T> {
        T read() throws UsageException;
    }

    private static <T> T parse(Reading<T> reading) throws UsageException {
        try {
            return reading.read();
        } catch (IllegalArgumentException e) {
            throw new UsageException("eval: " + e.getMessage());
        }
    }
}
