package org.readerfirst.cli;

import java.util.ArrayList;
import java.util.List;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.grammar.EnglishVariant;

/**
 * The options of {@code check}, parsed; {@code database} is the {@code --db} value or null, {@code source}
 * the {@code --source} file or null; {@code jobs} how many files are checked at once.
 */
record CheckOptions(ContentType type, Language language, boolean json, String audienceFile, String rulesDir,
                    boolean grammar, EnglishVariant english, String database, String source, List<String> files,
                    int jobs) {

    static CheckOptions parse(List<String> args) throws UsageException {
        ContentType type = ContentType.POST;
        Language language = Language.AUTO;
        boolean json = false;
        String audience = null;
        String rules = null;
        boolean grammar = true;
        EnglishVariant english = EnglishVariant.AUTOMATIC;
        String database = null;
        String source = null;
        List<String> files = new ArrayList<>();
        int jobs = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--type" -> type = parseType(value(args, ++i, a));
                case "--lang" -> language = parseLanguage(value(args, ++i, a));
                case "--format" -> json = parseFormat(value(args, ++i, a));
                case "--audience" -> audience = value(args, ++i, a);
                case "--rules" -> rules = value(args, ++i, a);
                case "--no-grammar" -> grammar = false;
                case "--english" -> english = parseEnglish(value(args, ++i, a));
                case "--db" -> database = value(args, ++i, a);
                case "--source" -> source = value(args, ++i, a);
                case "--jobs" -> jobs = parseJobs(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--type=")) {
                        type = parseType(a.substring(7));
                    } else if (a.startsWith("--lang=")) {
                        language = parseLanguage(a.substring(7));
                    } else if (a.startsWith("--format=")) {
                        json = parseFormat(a.substring(9));
                    } else if (a.startsWith("--audience=")) {
                        audience = a.substring(11);
                    } else if (a.startsWith("--rules=")) {
                        rules = a.substring(8);
                    } else if (a.startsWith("--english=")) {
                        english = parseEnglish(a.substring(10));
                    } else if (a.startsWith("--db=")) {
                        database = a.substring(5);
                    } else if (a.startsWith("--source=")) {
                        source = a.substring(9);
                    } else if (a.startsWith("--jobs=")) {
                        jobs = parseJobs(a.substring(7));
                    } else if (a.startsWith("--") || (a.startsWith("-") && a.length() > 1)) {
                        throw new UsageException("check: unknown option '" + a + "'; see 'readerfirst --help'");
                    } else {
                        files.add(a);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("check: name a file to check, or '-' for standard input");
        }
        return new CheckOptions(type, language, json, audience, rules, grammar, english, database, source,
                List.copyOf(files), jobs);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException("check: " + option + " needs a value");
        }
        return args.get(i);
    }

    private static int parseJobs(String v) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new UsageException("check: --jobs must be a whole number from 1 to 256, got '" + v + "'");
    }

    private static ContentType parseType(String v) throws UsageException {
        try {
            return ContentType.fromId(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException("check: --type " + e.getMessage());
        }
    }

    private static Language parseLanguage(String v) throws UsageException {
        try {
            return Language.fromId(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException("check: --lang " + e.getMessage());
        }
    }

    private static EnglishVariant parseEnglish(String v) throws UsageException {
        return switch (v) {
            case "auto", "automatic" -> EnglishVariant.AUTOMATIC;
            case "american", "us", "en-US" -> EnglishVariant.AMERICAN;
            case "british", "gb", "uk", "en-GB" -> EnglishVariant.BRITISH;
            default -> throw new UsageException("check: --english must be auto, american or british, got '" + v + "'");
        };
    }

    private static boolean parseFormat(String v) throws UsageException {
        return switch (v) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new UsageException("check: --format must be text or json, got '" + v + "'");
        };
    }
}
