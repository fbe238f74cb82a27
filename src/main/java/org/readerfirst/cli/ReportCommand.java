package org.readerfirst.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.model.Language;
import org.readerfirst.history.WritingHabits;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readerfirst report}: the writer's habits over everything the database says they published. */
@Command(name = "report",
        description = "your habits over everything published in the database (imported from LinkedIn or marked "
                + "published): by month, against the rhythm in the limits table, the share of texts with each kind "
                + "of finding and the median score, your stock messages and phrases, the openings you repeat",
        exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED},
        footer = {"%nThe first report checks every published text, a thread a core (for thousands of texts, "
                + "seconds); what it found in each is kept in the database, so the next one checks only a text, or "
                + "rules, that changed. Months and days are those of the system time zone.",
                "%n--format json prints one object: \"limits\", \"months\" (each with \"published\" by type, "
                        + "\"busiest_day\", \"busiest_week\", \"days_over\", \"weeks_over\", \"checked\", \"categories\", "
                        + "\"median_score\"), \"total\", \"stock\", \"stock_phrases\" and \"openings\"; every count "
                        + "comes with the \"ids\" of its drafts ('readerfirst drafts show ID'). docs/REPORT.md tells "
                        + "each field. --format html prints one page with its charts, to save and open in a browser."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "text|json|html", converter = Formats.class,
            completionCandidates = Choices.ReportFormats.class,
            description = "text for people (the default), JSON for programs, or an HTML page with charts")
    private String format = "text";

    @Option(names = "--lang", paramLabel = "en|fi", converter = Languages.class,
            completionCandidates = Choices.SpokenLanguages.class,
            description = "the language of the headings, English (the default) or Finnish")
    private Language language = Language.ENGLISH;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "your own rule packs (*.yaml) on top of the built-in ones, as for check")
    private Path rulesDir;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    private final Invocation run;

    ReportCommand(Invocation run) {
        this.run = run;
    }

    @Override
    public Integer call() throws UsageException {
        HabitsReport report;
        try (DraftStore store = database.open(run);
                RuleSetup rules = RuleSetup.open(rulesDir == null ? null : rulesDir.toString(), run.err())) {
            report = WritingHabits.report(store, rules.engine(), run.clock().getZone());
        } catch (StoreException e) {
            throw new UsageException("report: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("report: interrupted");
        }
        ReportWords words = ReportWords.of(language);
        switch (format) {
            case "json" -> run.out().println(DraftsCommand.write(ReportJson.of(report)));
            case "html" -> run.out().print(new ReportHtml(report, words).page());
            default -> new ReportText(report, words, run.out()).print();
        }
        return ReaderFirstCli.OK;
    }

    static final class Formats implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equals("text") || value.equals("json") || value.equals("html")) {
                return value;
            }
            throw new IllegalArgumentException("must be text, json or html, got '" + value + "'");
        }
    }

    static final class Languages implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return switch (value) {
                case "en" -> Language.ENGLISH;
                case "fi" -> Language.FINNISH;
                default -> throw new IllegalArgumentException("must be en or fi, got '" + value + "'");
            };
        }
    }
}
