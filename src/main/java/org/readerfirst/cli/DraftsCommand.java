package org.readerfirst.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Publication;
import org.readerfirst.store.BackupFolder;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.LinkSafeFiles;
import org.readerfirst.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drafts}: the app's drafts from the command line. {@code list}, {@code show}, {@code publish} and
 * {@code backup} are here; {@code restore}, {@code export} and {@code import} have rooms of their own.
 */
@Command(name = "drafts", description = "the app's drafts: list, show, publish, back up, restore, export, import")
final class DraftsCommand implements Callable<Integer> {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** Without a sub-command: which ones there are. */
    @Override
    public Integer call() throws UsageException {
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        String last = names.remove(names.size() - 1);
        throw new UsageException("drafts: name what to do: " + String.join(", ", names) + " or " + last);
    }

    @Command(name = "list", description = "the drafts outside the trash, newest first",
            exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED},
            footer = "%n--format json prints an array of {\"id\", \"title\", \"type\", \"language\", \"status\", "
                    + "\"tags\": [...], \"created\", \"updated\"} with times in ISO-8601 UTC.")
    static final class ListDrafts implements Callable<Integer> {

        @Option(names = "--status", paramLabel = "STATUS", completionCandidates = Choices.Statuses.class,
                description = "only the drafts with this status: ${COMPLETION-CANDIDATES}")
        private DraftStatus status;

        @Option(names = "--search", paramLabel = "TEXT",
                description = "only the drafts whose title or text has every word of TEXT, a word also as the start "
                        + "of a longer one")
        private String search;

        @Mixin
        private OutputFormat format;

        @Mixin
        private DatabaseOption database;

        @Mixin
        private HelpOption help;

        private final Invocation run;

        ListDrafts(Invocation run) {
            this.run = run;
        }

        @Override
        public Integer call() throws UsageException {
            List<DraftSummary> drafts;
            try (DraftStore store = database.open(run)) {
                drafts = store.summaries(status, search);
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException("drafts list: --search: " + e.getMessage());
            }
            if (format.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (DraftSummary d : drafts) {
                    rows.add(toJson(d));
                }
                run.out().println(write(rows));
                return ReaderFirstCli.OK;
            }
            for (DraftSummary d : drafts) {
                String tags = d.tags().isEmpty() ? "" : "  [" + String.join(", ", d.tags()) + "]";
                run.out().printf("%d\t%s\t%s\t%s\t%s%s%n", d.id(), d.status().id(), d.type().id(),
                        local(d.updated(), run.clock().getZone()), d.title(), tags);
            }
            if (drafts.isEmpty()) {
                run.out().println("no drafts" + (status == null ? "" : " with status " + status.id())
                        + (search == null ? "" : " matching the search"));
            }
            return ReaderFirstCli.OK;
        }
    }

    @Command(name = "show", description = "one draft with its status, tags and text",
            exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED})
    static final class ShowDraft implements Callable<Integer> {

        @Parameters(paramLabel = "ID", converter = DraftId.class, description = "the draft's id (see 'drafts list')")
        @IfMissing("name the draft's id")
        private long id;

        @Mixin
        private DatabaseOption database;

        @Mixin
        private HelpOption help;

        private final Invocation run;

        ShowDraft(Invocation run) {
            this.run = run;
        }

        @Override
        public Integer call() throws UsageException {
            DraftDetails d;
            try (DraftStore store = database.open(run)) {
                d = store.details(id).orElseThrow(() -> noDraft("drafts show", id, store));
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            }
            ZoneId zone = run.clock().getZone();
            Draft draft = d.draft();
            run.out().println("#" + draft.id() + " " + draft.title());
            run.out().println("type: " + draft.type().id() + ", language: " + draft.language().id() + ", status: "
                    + d.status().id() + (d.tags().isEmpty() ? "" : ", tags: " + String.join(", ", d.tags())));
            run.out().println("created: " + local(draft.created(), zone) + ", updated: " + local(draft.updated(), zone));
            run.out().println();
            run.out().println(draft.body());
            return ReaderFirstCli.OK;
        }
    }

    @Command(name = "publish", description = "log that the draft went out and mark it published",
            exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED})
    static final class PublishDraft implements Callable<Integer> {

        private static final String COMMAND = "drafts publish";

        @Parameters(paramLabel = "ID", converter = DraftId.class, description = "the draft's id (see 'drafts list')")
        @IfMissing("name the draft's id")
        private long id;

        @Option(names = "--at", paramLabel = "TIME",
                description = "when it went out, ISO-8601: 2025-03-01T09:30 in your time zone or "
                        + "2025-03-01T07:30:00Z (default now)")
        private String at;

        @Option(names = "--as", paramLabel = "TYPE", completionCandidates = Choices.ContentTypes.class,
                description = "what it went out as: ${COMPLETION-CANDIDATES} (default the draft's type)")
        private ContentType as;

        @Mixin
        private DatabaseOption database;

        @Mixin
        private HelpOption help;

        private final Invocation run;

        PublishDraft(Invocation run) {
            this.run = run;
        }

        @Override
        public Integer call() throws UsageException {
            try (DraftStore store = database.open(run)) {
                Draft draft = store.find(id).orElseThrow(() -> noDraft(COMMAND, id, store));
                Instant when = at == null ? run.clock().instant()
                        : TimeArgument.parse(COMMAND, at, run.clock().getZone());
                Publication p = store.publishingLog().publish(id, as == null ? draft.type() : as, when);
                run.out().println("published draft " + id + " as " + p.type().id() + " at "
                        + local(p.at(), run.clock().getZone()));
                return ReaderFirstCli.OK;
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    @Command(name = "backup",
            description = "a consistent copy of the database, also while the app is open; never overwrites FILE; "
                    + "without FILE, a new backups/readerfirst-YYYYMMDD-HHMMSS.db (UTC) beside the database",
            exitCodeList = {HelpTexts.DONE, HelpTexts.REFUSED})
    static final class BackUp implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "where to write the copy")
        private Path file;

        @Mixin
        private DatabaseOption database;

        @Mixin
        private HelpOption help;

        private final Invocation run;

        BackUp(Invocation run) {
            this.run = run;
        }

        @Override
        public Integer call() throws UsageException {
            try (DraftStore store = database.open(run)) {
                Path target = file != null ? file : BackupFolder.newBackupFile(store.file(), run.clock());
                if (Files.exists(target) && LinkSafeFiles.linkTarget(target).isEmpty()) {
                    throw new UsageException("drafts backup: " + target
                            + " already exists; a backup never overwrites a file");
                }
                store.maintenance().backupTo(target);
                run.out().println("backed up " + store.file() + " to " + target);
                return ReaderFirstCli.OK;
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** A draft's id: a number, as {@code drafts list} shows it. */
    static final class DraftId implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not a draft id (a number, see 'drafts list')", e);
            }
        }
    }

    private static UsageException noDraft(String command, long id, DraftStore store) {
        return new UsageException(command + ": there is no draft " + id + " in " + store.file());
    }

    static String local(Instant at, ZoneId zone) {
        return MINUTES.format(at.atZone(zone));
    }

    private static Map<String, Object> toJson(DraftSummary d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("title", d.title());
        row.put("type", d.type().id());
        row.put("language", d.language().id());
        row.put("status", d.status().id());
        row.put("tags", d.tags());
        row.put("created", d.created().toString());
        row.put("updated", d.updated().toString());
        return row;
    }

    /** Made on first use: every command line builds this command, and Jackson takes a quarter second to start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the output could not be written as JSON", e);
        }
    }
}
