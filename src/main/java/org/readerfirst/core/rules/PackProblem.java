package org.readerfirst.core.rules;

/** Why a rule pack was skipped: the file, the line (0 when unknown) and what is wrong. */
public record PackProblem(String source, int line, String problem) {

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem;
    }
}
