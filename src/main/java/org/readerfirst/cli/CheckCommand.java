package org.readerfirst.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.AudienceFile;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.PublishingPlan;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.grammar.GrammarResult;
import org.readerfirst.source.SourceDocuments;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check}: the drafts' findings. Exit status 0 when no finding is an error, 1 when one is, 2 when
 * a file could not be read (the others are still checked). Grammar and spelling findings are warnings or
 * hints, never errors, so they do not change the exit status.
 */
@Command(name = "check",
        description = "check text files; '-' reads standard input; a folder checks its .txt and .md files, "
                + "at any depth",
        exitCodeList = {HelpTexts.OK, HelpTexts.FINDINGS, HelpTexts.USAGE},
        footer = {HelpTexts.GRAMMAR, HelpTexts.OUTPUT})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "a text file, a folder or '-'")
    @IfMissing("name a file to check, or '-' for standard input")
    private List<Path> files;

    @Option(names = "--type", paramLabel = "post|article|message|connection-note|comment",
            completionCandidates = Choices.ContentTypes.class, description = "what the text is for (default post)")
    private ContentType type = ContentType.POST;

    @Option(names = "--lang", paramLabel = "auto|en|fi", completionCandidates = Choices.Languages.class,
            description = "the text's language (default auto: detected)")
    private Language language = Language.AUTO;

    @Mixin
    private OutputFormat format;

    @Option(names = "--audience", paramLabel = "FILE",
            description = "who the text is for: a file of 'key: value' lines (name, about, interests: a, b, c; "
                    + "language)")
    private Path audienceFile;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "your own rule packs (*.yaml) on top of the built-in ones; a limits.yaml there replaces "
                    + "the limits table")
    private Path rulesDir;

    @Option(names = "--no-grammar",
            description = "skip grammar and spelling (they run by default: LanguageTool for English, Voikko for "
                    + "Finnish)")
    private boolean noGrammar;

    @Option(names = "--english", paramLabel = "auto|american|british",
            completionCandidates = Choices.EnglishVariants.class,
            description = "the spelling English is checked against (default auto: American, with the British "
                    + "spellings the text uses accepted)")
    private EnglishVariant english = EnglishVariant.AUTOMATIC;

    @Option(names = "--db", paramLabel = "PATH",
            description = "add the cadence checks: the text counts as published now against PATH's publishing log")
    private Path database;

    @Option(names = "--source", paramLabel = "FILE",
            description = "compare with the text the draft shares or draws on (.txt, .md or .html): copied words "
                    + "not marked as a quote, a quotation that does not say whose it is, too little of your own take")
    private Path source;

    @Option(names = "--jobs", paramLabel = "N", converter = Jobs.class,
            description = "check N files at once (default: the number of cores); the output is the same, in the "
                    + "same order")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    private HelpOption help;

    private final Invocation run;

    CheckCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        // Read before grammar loads, so a wrong --db is told at once, not after seconds of loading.
        PublishingPlan publishing = database == null ? null : publishingNow();
        SourceText sourceText = source == null ? null : source();
        RuleSetup rules;
        try {
            rules = RuleSetup.open(rulesDir == null ? null : rulesDir.toString(), run.err());
        } catch (UsageException e) {
            throw new UsageException("check: " + e.getMessage());
        }
        try (rules; GrammarCheck grammarCheck = noGrammar ? null
                : new GrammarCheck(run.grammar(), english, run.err(), jobs)) {
            return check(publishing, sourceText, rules.engine(), grammarCheck);
        }
    }

    private int check(PublishingPlan publishing, SourceText sourceText, RuleEngine engine, GrammarCheck grammarCheck)
            throws UsageException {
        CheckSettings settings = CheckSettings.defaults();
        if (audienceFile != null) {
            settings = settings.withAudience(audience());
        }
        if (publishing != null) {
            settings = settings.withPublishing(publishing);
        }
        settings = settings.withSource(sourceText);
        FindingPrinter printer = new FindingPrinter(run.out(), format.json());
        List<CheckTargets.Target> targets = CheckTargets.expand(files.stream().map(Path::toString).toList());
        boolean inputProblem = false;
        boolean errors = false;
        // The rules run on many threads; grammar on each of its services' own threads, a file each at a
        // time. Files are reported in order: a few wait for their grammar check while the next ones run.
        Deque<Checked> inCheck = new ArrayDeque<>();
        int width = grammarCheck == null ? 1 : grammarCheck.width();
        try (ParallelCheck parallel = new ParallelCheck(engine, settings, type, language, run.in(), jobs)) {
            for (Iterator<ParallelCheck.Outcome> it = parallel.outcomes(targets); it.hasNext(); ) {
                ParallelCheck.Outcome outcome = it.next();
                while (inCheck.size() >= width) {
                    int reported = report(inCheck.poll(), grammarCheck, printer, sourceText);
                    inputProblem |= reported == ReaderFirstCli.USAGE;
                    errors |= reported == ReaderFirstCli.FINDINGS;
                }
                inCheck.add(new Checked(outcome, outcome.problem() != null || grammarCheck == null ? null
                        : grammarCheck.start(outcome.result())));
            }
            while (!inCheck.isEmpty()) {
                int reported = report(inCheck.poll(), grammarCheck, printer, sourceText);
                inputProblem |= reported == ReaderFirstCli.USAGE;
                errors |= reported == ReaderFirstCli.FINDINGS;
            }
        }
        run.out().flush();
        return inputProblem ? ReaderFirstCli.USAGE : errors ? ReaderFirstCli.FINDINGS : ReaderFirstCli.OK;
    }

    /** A file's rules' outcome and, when grammar is on, its grammar check under way. */
    private record Checked(ParallelCheck.Outcome outcome, CompletableFuture<GrammarResult> grammar) {
    }

    /** Prints a file's findings, or its problem; returns USAGE for a problem, FINDINGS for errors, else OK. */
    private int report(Checked checked, GrammarCheck grammarCheck, FindingPrinter printer, SourceText sourceText) {
        ParallelCheck.Outcome outcome = checked.outcome();
        if (outcome.problem() != null) {
            run.err().println("readerfirst: " + outcome.problem());
            return ReaderFirstCli.USAGE;
        }
        CheckResult result = outcome.result();
        if (checked.grammar() != null) {
            result = grammarCheck.addTo(outcome.file(), result, checked.grammar());
        }
        printer.print(outcome.file(), result, sourceText == null ? null : sourceText.compare(outcome.text()));
        return result.hasErrors() ? ReaderFirstCli.FINDINGS : ReaderFirstCli.OK;
    }

    /** The text a draft is compared with; a page or Markdown file is reduced to the text it shows. */
    private SourceText source() throws UsageException {
        String name = source.toString();
        if (name.equals("-") && files.contains(Path.of("-"))) {
            throw new UsageException("check: --source - and a draft from '-' cannot both read standard input");
        }
        try {
            return SourceDocuments.parse(name, TextInput.read(name, run.in()));
        } catch (UsageException e) {
            throw new UsageException("check: --source " + e.getMessage());
        }
    }

    /** The database's publishing log, with the checked text counted as published now. */
    private PublishingPlan publishingNow() throws UsageException {
        try (DraftStore store = DatabaseOption.open(DatabaseOption.resolve(null, database.toString()))) {
            return new PublishingPlan(store.publishingLog().publications(), run.clock().instant(),
                    run.clock().getZone());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Audience audience() throws UsageException {
        String text = TextInput.read(audienceFile.toString(), run.in());
        try {
            return AudienceFile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(audienceFile + ": " + e.getMessage());
        }
    }

    /** {@code --jobs}: a whole number from 1 to 256. */
    static final class Jobs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1 && n <= 256) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw new IllegalArgumentException("must be a whole number from 1 to 256, got '" + value + "'");
        }
    }
}
