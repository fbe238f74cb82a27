package org.readerfirst.history;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.readerfirst.core.model.ContentType;

/**
 * What an import did: how many texts of each type the writer sent were found in the export and how
 * many of those were new to the library (the rest were imported before), whom it took for the writer,
 * and the problems met, each named by file and row.
 */
public record ImportReport(Path source, String writer, Map<ContentType, Integer> found,
                           Map<ContentType, Integer> added, List<ImportProblem> problems) {

    public ImportReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(writer, "writer");
        found = Map.copyOf(found);
        added = Map.copyOf(added);
        problems = List.copyOf(problems);
    }

    public int found(ContentType type) {
        return found.getOrDefault(type, 0);
    }

    public int added(ContentType type) {
        return added.getOrDefault(type, 0);
    }

    public int totalFound() {
        return found.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalAdded() {
        return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The texts found that an earlier import had already brought in. */
    public int alreadyImported() {
        return totalFound() - totalAdded();
    }

    static Map<ContentType, Integer> count(List<ContentType> types) {
        Map<ContentType, Integer> counts = new EnumMap<>(ContentType.class);
        for (ContentType t : types) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }
}
