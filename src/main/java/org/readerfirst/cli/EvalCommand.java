package org.readerfirst.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readerfirst eval}: runs the checks over a labelled corpus and says, per category and
 * language, how many labelled problems they found and how many clean texts they flagged; with
 * grammar, also how often LanguageTool and Voikko flag clean published writing and how many real
 * typos seeded into it they catch. With {@code --floor} the run is held to figures recorded before.
 */
@Command(name = "eval",
        description = "run the checks over labelled texts (JSON Lines: id, lang, type, text, labels) and print per "
                + "category and language precision, recall and F1, the clean texts flagged, the misses and the false "
                + "alarms",
        exitCodeList = {"0:done (with --floor: no figure fell below the one recorded)",
                "1:with --floor: a figure fell below the one recorded; standard error names each",
                "2:a problem with the command or its input; one line on standard error says which"})
final class EvalCommand implements Callable<Integer> {

    /** How many copies of one clean text may carry a seeded typo each. */
    private static final int TYPOS_PER_TEXT = 3;

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "a labelled corpus (JSON Lines); '-' reads "
            + "standard input")
    @IfMissing("name a corpus file (JSON Lines)")
    private List<Path> corpusFiles;

    @Mixin
    private OutputFormat format;

    @Option(names = "--no-grammar", description = "leave grammar and spelling out")
    private boolean noGrammar;

    @Option(names = "--typos", paramLabel = "FILE",
            description = "real typos (tab-separated lang, correct, misspelt, source) to seed into the clean texts: "
                    + "the share grammar and spelling catch")
    private Path typos;

    @Option(names = "--mistakes", paramLabel = "FILE",
            description = "the real mistakes the clean texts were published with (tab-separated id, words, rule, "
                    + "verdict real or false, reason): a warning on one is right")
    private Path mistakes;

    @Option(names = "--record", paramLabel = "FILE", description = "write the figures measured into FILE")
    private Path record;

    @Option(names = "--floor", paramLabel = "FILE",
            description = "exit 1 when a figure falls below the one FILE recorded (or, for the clean texts flagged "
                    + "and grammar's warnings on them, rises above it); grammar's flags name the text, not its words")
    private Path floor;

    @Option(names = "--rules", paramLabel = "DIR", description = "your own rule packs on top of the built-in ones")
    private Path rulesDir;

    @Mixin
    private HelpOption help;

    private final Invocation run;
    private boolean toldVoikko;

    EvalCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        if ((typos != null || mistakes != null) && noGrammar) {
            throw new UsageException("eval: --typos and --mistakes concern spelling, which --no-grammar leaves out");
        }
        List<LabelledText> corpus = new ArrayList<>();
        for (Path file : corpusFiles) {
            corpus.addAll(parse(() -> LabelledCorpus.parse(file.toString(), text(file))));
        }
        List<TypoPair> typoPairs = typos == null ? List.of()
                : parse(() -> TypoSeeds.parse(typos.toString(), text(typos)));
        Set<String> knownMistakes = mistakes == null ? Set.of()
                : parse(() -> TypoSeeds.knownMistakes(mistakes.toString(), text(mistakes)));
        Map<String, Double> recorded = floor == null ? null
                : parse(() -> FidelityFloor.parse(floor.toString(), text(floor)));
        FidelityReport report;
        try (RuleSetup rules = RuleSetup.open(rulesDir == null ? null : rulesDir.toString(), run.err())) {
            report = noGrammar ? rulesOnly(rules.engine(), corpus)
                    : withGrammar(rules.engine(), corpus, typoPairs, knownMistakes);
        }
        if (format.json()) {
            run.out().println(FidelityPrinter.json(report));
        } else {
            List<String> names = corpusFiles.stream().map(Path::toString).toList();
            FidelityPrinter.text(run.out(), String.join(" ", names), report, recorded == null);
        }
        Map<String, Double> figures = report.figures();
        if (record != null) {
            try {
                Files.writeString(record, FidelityFloor.format(figures), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("eval: --record " + record + ": cannot write (" + e.getMessage() + ")");
            }
        }
        if (recorded != null) {
            List<String> shortfalls = FidelityFloor.shortfalls(recorded, figures);
            for (String s : shortfalls) {
                run.err().println("readerfirst: eval: " + s);
            }
            return shortfalls.isEmpty() ? ReaderFirstCli.OK : ReaderFirstCli.FINDINGS;
        }
        return ReaderFirstCli.OK;
    }

    private String text(Path file) throws UsageException {
        return TextInput.read(file.toString(), run.in());
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
        GrammarService service = run.grammar() != null ? run.grammar() : new GrammarService(EnglishVariant.AUTOMATIC, VoikkoLocation.system()).start();
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
            if (run.grammar() == null) {
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
                    run.err().println("readerfirst: eval: " + notice);
                }
            }
            return result.findings();
        } catch (CancellationException | CompletionException e) {
            run.err().println("readerfirst: eval: grammar check unavailable for a text (" + e.getMessage() + ")");
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
