package org.readerfirst.cli;

/** The text of {@code --help}. */
final class Help {

    static final String TEXT = """
            ReaderFirst: checks LinkedIn drafts against audience-first writing guidance, offline.

            Usage:
              readerfirst [--db PATH]                 open the app (on the database file PATH)
              readerfirst check [options] FILE...     check text files; '-' reads standard input; a
                                                      folder checks its .txt and .md files, at any depth
              readerfirst cadence [--format text|json]
                                                      posts today and articles in the last 7 days, from
                                                      the database's publishing log, against the limits
              readerfirst drafts list [--status S] [--search TEXT] [--format text|json]
                                                      the drafts outside the trash, newest first;
                                                      S is idea, draft, ready or published; TEXT's
                                                      words must all start a word of the title or text
              readerfirst drafts show ID              one draft with its status, tags and text
              readerfirst drafts publish ID [--at TIME] [--as TYPE]
                                                      log that the draft went out (TIME ISO-8601, e.g.
                                                      2025-03-01T09:30 in your time zone or ...Z; default
                                                      now; TYPE default the draft's type) and mark it published
              readerfirst drafts backup [FILE]        a consistent copy of the database, also while the app
                                                      is open; never overwrites FILE; without FILE, a new
                                                      backups/readerfirst-YYYYMMDD-HHMMSS.db (UTC) beside
                                                      the database
              readerfirst drafts restore FILE         put the backup FILE in the database's place, after
                                                      checking it; the database as it was is kept as
                                                      readerfirst.db.before-restore-YYYYMMDD-HHMMSS (a
                                                      damaged one as ...corrupt-...); refused while the
                                                      app is open on the database
              readerfirst drafts export DIR           every draft outside the trash as DIR/TITLE.md, with a
                                                      front matter (title, type, language, status, tags,
                                                      created, updated); never overwrites a file
              readerfirst drafts import FILE...       .md and .txt files as new drafts; the title from the
                                                      front matter, else the first # heading, else the
                                                      file name; a file that is not UTF-8 text is skipped
                                                      with the reason and the rest imported (exit 2)
              readerfirst export --to FORMAT [--type T] [--lang L] [--out FILE] FILE
                                                      the draft in FILE ('-' reads standard input) as
                                                      FORMAT: linkedin (post text, bold and italic as
                                                      Unicode letters; for an article the plain text
                                                      that goes with its HTML), html (a page), markdown
                                                      (normalised) or text (no Markdown); to standard
                                                      output or into FILE, UTF-8
              readerfirst eval [options] CORPUS...    run the checks over labelled texts (JSON Lines: id,
                                                      lang, type, text, labels) and print per category
                                                      and language precision, recall and F1, the clean
                                                      texts flagged, the misses and the false alarms
              readerfirst --help | --version

            check options:
              --type post|article|message|connection-note|comment   what the text is for (default post)
              --lang auto|en|fi                        the text's language (default auto: detected)
              --format text|json                       output for people (default) or programs
              --audience FILE                          who the text is for: a file of 'key: value' lines
                                                       (name, about, interests: a, b, c; language)
              --rules DIR                              your own rule packs (*.yaml) on top of the built-in
                                                       ones; a limits.yaml there replaces the limits table
              --no-grammar                             skip grammar and spelling (they run by default:
                                                       LanguageTool for English, Voikko for Finnish)
              --english auto|american|british          the spelling English is checked against
                                                       (default auto: American, with the British
                                                       spellings the text uses accepted)
              --db PATH                                add the cadence checks: the text counts as
                                                       published now against PATH's publishing log
              --source FILE                            compare with the text the draft shares or draws on
              --jobs N                                 check N files at once (default: the number of
                                                       cores); the output is the same, in the same order
                                                       (.txt, .md or .html): copied words not marked as a
                                                       quote, a quotation that does not say whose it is,
                                                       too little of your own take

            eval options:
              --format text|json                       a table for people (default) or one JSON object
              --no-grammar                             leave grammar and spelling out
              --typos FILE                             real typos (tab-separated lang, correct, misspelt,
                                                       source) to seed into the clean texts: the share
                                                       grammar and spelling catch
              --mistakes FILE                          the real mistakes the clean texts were published
                                                       with (tab-separated id, words, rule, verdict real
                                                       or false, reason): a warning on one is right
              --record FILE                            write the figures measured into FILE
              --floor FILE                             exit 1 when a figure falls below the one FILE
                                                       recorded (or, for the clean texts flagged and
                                                       grammar's warnings on them, rises above it);
                                                       grammar's flags name the text, not its words
              --rules DIR                              your own rule packs on top of the built-in ones

            Grammar and spelling: loading LanguageTool takes several seconds. Their findings are
            warnings or hints (never errors) in the categories grammar and spelling, with rule ids
            lt:RULE or voikko:NAME. Finnish needs Voikko (Debian/Ubuntu: sudo apt-get install
            libvoikko1 voikko-fi); without it the rest of the check runs and one line on standard
            error says so. Texts over 200,000 characters are checked up to there and standard
            error says how much was left out.

            Output:
              text   one line a finding: FILE:LINE:COLUMN: SEVERITY [CATEGORY] MESSAGE (RULE),
                     then a summary line per file.
              json   one JSON object per file per line (JSON Lines):
                     {"file": ..., "language": "en"|"fi", "type": ..., "chars": N,
                      "findings": [{"rule": ..., "category": ..., "severity": "error"|"warning"|"hint",
                                    "start": N, "end": N, "message": ..., "suggestions": [...], "why": ...}],
                      "score": 0-100, "categories": {"template-message": 0-100, ...}}
                     with --source also "curation": {"copied_share": 0.0-1.0, "own_words": N,
                      "attributed": true|false, "copied_spans": [{"start": N, "end": N,
                      "source_start": N, "source_end": N}]}, the source's offsets into its text as
                     read (a page's visible text). In text output one more line per file gives them.
                     start and end are offsets into the decoded text in UTF-16 code units, end exclusive.

            cadence --format json prints {"today": {"updates": N, "limit": 2},
            "last7days": {"articles": N, "limit": 1}}: updates are posts published today in the system
            time zone, the limits those of the built-in cadence rules. drafts list --format json prints
            an array of {"id", "title", "type", "language", "status", "tags": [...], "created",
            "updated"} with times in ISO-8601 UTC.

            Exit status:
              0  no finding is an error (grammar and spelling findings never are)
              1  at least one finding is an error
              2  a problem with the command or its input (a missing file, a file that is not UTF-8
                 text, an unknown export format, a missing or unreadable database, an unknown draft
                 id, a bad time); one line on standard error says which. A folder's file that cannot
                 be read is told so and the others are still checked, then the status is 2

            Database (the app's drafts): --db PATH (before the command, or after it for cadence and
            drafts; check uses a database only with its own --db), else the environment variable READERFIRST_DB,
            else readerfirst.db in the user's data folder (Linux: $XDG_DATA_HOME/readerfirst or
            ~/.local/share/readerfirst; Windows: %APPDATA%\\ReaderFirst; macOS:
            ~/Library/Application Support/ReaderFirst).
            """;

    private Help() {
    }

    static String version() {
        String v = Help.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
