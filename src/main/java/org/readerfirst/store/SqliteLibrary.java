package org.readerfirst.store;

/** SQLite's native library, which the first database opened in a JVM unpacks and loads. */
public final class SqliteLibrary {

    private SqliteLibrary() {
    }

    /**
     * Loads it now, on the calling thread, so that a start with other work to do meanwhile does not
     * wait for it when it opens the database. Any thread, any number of times; a failure is reported
     * where the database is opened.
     */
    public static void loadAhead() {
        DatabaseOpener.loadLibrary();
    }
}
