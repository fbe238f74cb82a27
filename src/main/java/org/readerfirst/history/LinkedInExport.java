package org.readerfirst.history;

import java.util.List;
import java.util.Objects;

/**
 * What an export holds that the writer sent, oldest first, with the problems met reading it.
 * {@code writer} says whom the import took for the writer ("Aino Lehtonen,
 * https://www.linkedin.com/in/aino-lehtonen"), or is empty when nothing told.
 */
public record LinkedInExport(List<SentText> texts, String writer, List<ImportProblem> problems) {

    public LinkedInExport {
        texts = List.copyOf(texts);
        Objects.requireNonNull(writer, "writer");
        problems = List.copyOf(problems);
    }
}
