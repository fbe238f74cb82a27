package org.readerfirst;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readerfirst.cli.ReaderFirstCli;
import org.readerfirst.store.DataLocations;

/**
 * The entry point of the jar. With a sub-command it is the command line and never starts JavaFX;
 * without one it opens the app. It does not extend {@code Application}, so the jar runs with JavaFX
 * on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Integer> elsewhere = Relaunch.runIfBetter(List.of(args));
        if (elsewhere.isPresent()) {
            System.exit(elsewhere.get());
        }
        int status = run(List.of(args), System.out, System.err, System.in);
        if (status != OPENED_APP) {
            System.exit(status);
        }
    }

    static final int OPENED_APP = -1;

    /** Runs the command line, or opens the app and returns {@link #OPENED_APP} once it closes. */
    static int run(List<String> args, PrintStream out, PrintStream err, InputStream in) {
        String db = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && rest.isEmpty()) {
                if (i + 1 >= args.size()) {
                    err.println("readerfirst: --db needs the path of a database file");
                    return ReaderFirstCli.USAGE;
                }
                db = args.get(++i);
            } else if (a.startsWith("--db=") && rest.isEmpty()) {
                db = a.substring(5);
            } else {
                rest.add(a);
            }
        }
        Path database;
        try {
            database = DataLocations.database(db);
        } catch (IllegalArgumentException e) {
            err.println("readerfirst: " + e.getMessage());
            return ReaderFirstCli.USAGE;
        }
        if (!rest.isEmpty()) {
            quietConsole();
            // Only a --db given here is passed on: the commands resolve READERFIRST_DB and the default themselves.
            return new ReaderFirstCli(out, err, in).withDatabase(db == null ? null : database).run(rest);
        }
        Optional<String> missing = DisplayCheck.problem();
        if (missing.isPresent()) {
            err.println("readerfirst: " + missing.get());
            return ReaderFirstCli.USAGE;
        }
        try {
            openApp(database);
        } catch (RuntimeException | LinkageError e) {
            err.println("readerfirst: " + DisplayCheck.failure(e));
            return ReaderFirstCli.USAGE;
        }
        return OPENED_APP;
    }

    /**
     * A command's standard error is for what the writer must act on: the library's notes of what it did
     * (a database created or migrated, texts imported) stay out of it; warnings still show.
     */
    private static void quietConsole() {
        for (java.util.logging.Handler handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                handler.setLevel(java.util.logging.Level.WARNING);
            }
        }
    }

    // Kept apart so that JavaFX classes are loaded only when the app is opened.
    private static void openApp(Path database) {
        org.readerfirst.ui.app.ReaderFirstApp.launchApp(database);
    }
}
