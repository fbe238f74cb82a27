package org.readerfirst.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --format text|json}: output for people (the default) or for programs. */
final class OutputFormat {

    // A word, not a boolean: completion would take a boolean option for a flag without a value.
    @Option(names = "--format", paramLabel = "text|json", converter = Known.class,
            completionCandidates = Choices.Formats.class,
            description = "text for people (the default) or JSON for programs")
    private String format = "text";

    boolean json() {
        return format.equals("json");
    }

    static final class Known implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equals("text") || value.equals("json")) {
                return value;
            }
            throw new IllegalArgumentException("must be text or json, got '" + value + "'");
        }
    }
}
