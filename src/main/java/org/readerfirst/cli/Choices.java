package org.readerfirst.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.store.DraftStatus;
import picocli.CommandLine;

/**
 * The values the options take: how a word the writer typed becomes a value (a wrong one is told with
 * the values there are), and which words the shell's completion offers.
 */
final class Choices {

    private Choices() {
    }

    /** Call once the whole tree of commands is built: a converter reaches only the commands it finds. */
    static void registerConverters(CommandLine commandLine) {
        commandLine.registerConverter(ContentType.class, ContentType::fromId);
        commandLine.registerConverter(Language.class, Language::fromId);
        commandLine.registerConverter(ExportFormat.class, ExportFormat::fromId);
        commandLine.registerConverter(DraftStatus.class, DraftStatus::fromId);
        commandLine.registerConverter(EnglishVariant.class, Choices::englishVariant);
    }

    static EnglishVariant englishVariant(String value) {
        return switch (value) {
            case "auto", "automatic" -> EnglishVariant.AUTOMATIC;
            case "american", "us", "en-US" -> EnglishVariant.AMERICAN;
            case "british", "gb", "uk", "en-GB" -> EnglishVariant.BRITISH;
            default -> throw new IllegalArgumentException("must be auto, american or british, got '" + value + "'");
        };
    }

    /** The words completion offers; picocli makes one with its no-argument constructor. */
    private abstract static class Words implements Iterable<String> {

        private final List<String> words;

        <T> Words(T[] values, Function<T, String> word) {
            this.words = Arrays.stream(values).map(word).toList();
        }

        Words(String... words) {
            this.words = List.of(words);
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator();
        }
    }

    static final class ContentTypes extends Words {
        ContentTypes() {
            super(ContentType.values(), ContentType::id);
        }
    }

    static final class Languages extends Words {
        Languages() {
            super(Language.values(), Language::id);
        }
    }

    static final class ExportFormats extends Words {
        ExportFormats() {
            super(ExportFormat.values(), ExportFormat::id);
        }
    }

    static final class Statuses extends Words {
        Statuses() {
            super(DraftStatus.values(), DraftStatus::id);
        }
    }

    static final class EnglishVariants extends Words {
        EnglishVariants() {
            super("auto", "american", "british");
        }
    }

    static final class Formats extends Words {
        Formats() {
            super("text", "json");
        }
    }

    static final class ReportFormats extends Words {
        ReportFormats() {
            super("text", "json", "html");
        }
    }

    /** The languages the app speaks in, for headings. */
    static final class SpokenLanguages extends Words {
        SpokenLanguages() {
            super("en", "fi");
        }
    }
}
