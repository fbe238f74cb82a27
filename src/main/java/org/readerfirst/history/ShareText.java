package org.readerfirst.history;

/**
 * A post's text as Shares.csv holds it. LinkedIn writes each line of a post inside quotes of its own
 * within the quoted field ({@code "First line.""\n""""\n""Last line."}), so that after the CSV is read
 * every line but the first starts with a quote and every line but the last ends with one. Those quotes
 * are taken off, but only when every line has them: a text that does not follow the pattern is kept
 * as it stands.
 */
final class ShareText {

    private ShareText() {
    }

    static String unwrap(String field) {
        String text = ExportText.lines(field);
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !wrapped(lines)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int from = i > 0 ? 1 : 0;
            int to = i < lines.length - 1 ? line.length() - 1 : line.length();
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(line, from, to);
        }
        return sb.toString();
    }

    private static boolean wrapped(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean first = i == 0;
            boolean last = i == lines.length - 1;
            int needed = (first ? 0 : 1) + (last ? 0 : 1);
            if (line.length() < needed || !first && line.charAt(0) != '"' || !last && !line.endsWith("\"")) {
                return false;
            }
        }
        return true;
    }
}
