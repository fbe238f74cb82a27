package org.readerfirst.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Publication;
import org.readerfirst.store.BackupFolder;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.LinkSafeFiles;
import org.readerfirst.store.DraftSummary;
import org.readerfirst.store.StoreException;

/** {@code drafts list|show|publish|backup|restore|export|import}: the app's drafts from the command line. */
final class DraftsCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final PrintStream out;
    private final PrintStream err;
    private final Path database;
    private final Clock clock;

    /** @param database the database given before the command, or null */
    DraftsCommand(PrintStream out, PrintStream err, Path database, Clock clock) {
        this.out = out;
        this.err = err;
        this.database = database;
        this.clock = clock;
    }

    int run(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("drafts: name what to do: list, show, publish, backup, restore, export or import");
        }
        String action = args.get(0);
        String command = "drafts " + action;
        Set<String> known = switch (action) {
            case "list" -> Set.of("--db", "--status", "--format", "--search");
            case "publish" -> Set.of("--db", "--at", "--as");
            case "show", "backup", "restore", "export", "import" -> Set.of("--db");
            default -> throw new UsageException("drafts: unknown action '" + action + "'; see 'readerfirst --help'");
        };
        CommandArgs parsed = CommandArgs.parse(command, args.subList(1, args.size()), known);
        Path file = DatabaseOption.resolve(database, parsed.option("--db"));
        if (action.equals("restore")) {
            return new RestoreCommand(out, clock).run(file, parsed);
        }
        try (DraftStore store = action.equals("import") ? DatabaseOption.openOrCreate(file) : DatabaseOption.open(file)) {
            return switch (action) {
                case "list" -> list(store, parsed);
                case "show" -> show(store, id(command, parsed));
                case "publish" -> publish(store, command, id(command, parsed), parsed);
                case "export" -> new MarkdownCommand(out, err, clock).export(store, parsed);
                case "import" -> new MarkdownCommand(out, err, clock).importFiles(store, parsed);
                default -> backup(store, parsed);
            };
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        } catch (NoSuchElementException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }

    private int list(DraftStore store, CommandArgs args) throws StoreException, UsageException {
        boolean json = args.json("drafts list");
        DraftStatus status = null;
        if (args.option("--status") != null) {
            try {
                status = DraftStatus.fromId(args.option("--status"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("drafts list: --status " + e.getMessage());
            }
        }
        if (!args.positional().isEmpty()) {
            throw new UsageException("drafts list: unexpected '" + args.positional().get(0) + "'");
        }
        List<DraftSummary> drafts;
        try {
            drafts = store.summaries(status, args.option("--search"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("drafts list: --search: " + e.getMessage());
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DraftSummary d : drafts) {
                rows.add(toJson(d));
            }
            out.println(write(rows));
        } else {
            for (DraftSummary d : drafts) {
                String tags = d.tags().isEmpty() ? "" : "  [" + String.join(", ", d.tags()) + "]";
                out.printf("%d\t%s\t%s\t%s\t%s%s%n", d.id(), d.status().id(), d.type().id(),
                        local(d.updated()), d.title(), tags);
            }
            if (drafts.isEmpty()) {
                out.println("no drafts" + (status == null ? "" : " with status " + status.id())
                        + (args.option("--search") == null ? "" : " matching the search"));
            }
        }
        return ReaderFirstCli.OK;
    }

    private int show(DraftStore store, long id) throws StoreException {
        DraftDetails d = store.details(id).orElseThrow(() -> noDraft(id, store));
        Draft draft = d.draft();
        out.println("#" + draft.id() + " " + draft.title());
        out.println("type: " + draft.type().id() + ", language: " + draft.language().id() + ", status: "
                + d.status().id() + (d.tags().isEmpty() ? "" : ", tags: " + String.join(", ", d.tags())));
        out.println("created: " + local(draft.created()) + ", updated: " + local(draft.updated()));
        out.println();
        out.println(draft.body());
        return ReaderFirstCli.OK;
    }

    private int publish(DraftStore store, String command, long id, CommandArgs args)
            throws StoreException, UsageException {
        Draft draft = store.find(id).orElseThrow(() -> noDraft(id, store));
        ContentType as = draft.type();
        if (args.option("--as") != null) {
            try {
                as = ContentType.fromId(args.option("--as"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(command + ": --as " + e.getMessage());
            }
        }
        Instant at = args.option("--at") == null ? clock.instant()
                : TimeArgument.parse(command, args.option("--at"), clock.getZone());
        Publication p = store.publishingLog().publish(id, as, at);
        out.println("published draft " + id + " as " + p.type().id() + " at " + local(p.at()));
        return ReaderFirstCli.OK;
    }

    /** To the file given, else to a new file in the backups folder beside the database. */
    private int backup(DraftStore store, CommandArgs args) throws StoreException, UsageException {
        if (args.positional().size() > 1) {
            throw new UsageException("drafts backup: expected at most one file, got " + String.join(" ", args.positional()));
        }
        Path file = args.positional().isEmpty() ? BackupFolder.newBackupFile(store.file(), clock)
                : Path.of(args.positional().get(0));
        if (Files.exists(file) && LinkSafeFiles.linkTarget(file).isEmpty()) {
            throw new UsageException("drafts backup: " + file + " already exists; a backup never overwrites a file");
        }
        store.maintenance().backupTo(file);
        out.println("backed up " + store.file() + " to " + file);
        return ReaderFirstCli.OK;
    }

    private static long id(String command, CommandArgs args) throws UsageException {
        String text = args.single(command, "the draft's id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": '" + text + "' is not a draft id (a number, see 'drafts list')");
        }
    }

    private static NoSuchElementException noDraft(long id, DraftStore store) {
        return new NoSuchElementException("there is no draft " + id + " in " + store.file());
    }

    private String local(Instant at) {
        return MINUTES.format(at.atZone(clock.getZone()));
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

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the output could not be written as JSON", e);
        }
    }
}
