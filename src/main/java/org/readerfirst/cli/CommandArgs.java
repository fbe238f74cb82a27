package org.readerfirst.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sub-command's arguments: options that take a value ({@code --x V} or {@code --x=V}) and the rest. */
record CommandArgs(Map<String, String> options, List<String> positional) {

    /**
     * @param command the command's name as the writer typed it, for messages, e.g. "drafts list"
     * @param valueOptions the options this command knows, each taking a value
     */
    static CommandArgs parse(String command, List<String> args, Set<String> valueOptions) throws UsageException {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!valueOptions.contains(name)) {
                throw new UsageException(command + ": unknown option '" + name + "'; see 'readerfirst --help'");
            }
            if (eq >= 0) {
                options.put(name, a.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                throw new UsageException(command + ": " + name + " needs a value");
            }
        }
        return new CommandArgs(Map.copyOf(options), List.copyOf(positional));
    }

    String option(String name) {
        return options.get(name);
    }

    /** True for json, false for text (the default). */
    boolean json(String command) throws UsageException {
        String format = options.getOrDefault("--format", "text");
        return switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new UsageException(command + ": --format must be text or json, got '" + format + "'");
        };
    }

    /** The only positional argument, which the command needs. */
    String single(String command, String what) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException(command + ": " + (positional.isEmpty() ? "name " + what
                    : "expected one " + what + ", got " + String.join(" ", positional)));
        }
        return positional.get(0);
    }
}
