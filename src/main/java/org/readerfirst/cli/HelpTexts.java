package org.readerfirst.cli;

/**
 * The parts of the help that more than one command shows, as picocli takes them: one string a
 * paragraph or block, {@code %n} for a line break and {@code %%} for a percent sign.
 */
final class HelpTexts {

    static final String OK = "0:no finding is an error (grammar and spelling findings never are)";
    static final String FINDINGS = "1:at least one finding is an error";
    static final String USAGE = "2:a problem with the command or its input (a missing file, a file that is not "
            + "UTF-8 text, an unknown export format, a missing or unreadable database, an unknown draft id, a bad "
            + "time); one line on standard error says which. A folder's file that cannot be read is told so and "
            + "the others are still checked, then the status is 2";
    static final String DONE = "0:done";
    static final String REFUSED = "2:a problem with the command or its input; one line on standard error says which";

    static final String GRAMMAR = "%nGrammar and spelling: loading LanguageTool takes several seconds. Their "
            + "findings are warnings or hints (never errors) in the categories grammar and spelling, with rule ids "
            + "lt:RULE or voikko:NAME. Finnish needs Voikko (Debian/Ubuntu: sudo apt-get install libvoikko1 "
            + "voikko-fi); without it the rest of the check runs and one line on standard error says so. Texts over "
            + "200,000 characters are checked up to there and the output says how much was left out.";

    static final String OUTPUT = """
            %nOutput:
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
                     start and end are offsets into the decoded text in UTF-16 code units, end exclusive.""";

    static final String DATABASE = """
            %nDatabase (the app's drafts): --db PATH (before the command, or after it for cadence, drafts,
            import-linkedin and report; check uses a database only with its own --db), else the environment
            variable READERFIRST_DB, else readerfirst.db in the user's data folder:
              Linux    $XDG_DATA_HOME/readerfirst or ~/.local/share/readerfirst
              Windows  %%APPDATA%%\\ReaderFirst
              macOS    ~/Library/Application Support/ReaderFirst""";

    private HelpTexts() {
    }
}
