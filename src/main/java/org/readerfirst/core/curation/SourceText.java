package org.readerfirst.core.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text the writer put beside the draft because the draft shares or draws on it, with the names
 * that credit it: its author, its publication, its title. Immutable and safe to share between
 * threads; its word index is built on first use and kept, so re-checking a draft while the writer
 * types scans only the draft.
 */
public final class SourceText {

    /** "By Anna Virtanen", "Kirjoittanut: Anna Virtanen", "Teksti: ..."; the name starts with a capital. */
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:(?iu:by|written by|kirjoittanut)\\s*:?"
            + "|(?iu:author|authors|kirjoittaja|kirjoittajat|teksti)\\s*:)\\s*(\\p{Lu}.{1,79}?)\\s*$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("(?iu)\\s*(?:,|&|\\band\\b|\\bja\\b)\\s*");
    private static final int TITLE_MAX_CHARS = 150;
    private static final int HEAD_LINES = 6;

    private final String text;
    private final String title;
    private final List<String> credits;
    private final String link;
    private volatile ShingleIndex index;
    private volatile SourceComparison last;

    /**
     * @param title the source's title, or empty
     * @param credits names that credit it: authors, the publication; blank ones are dropped
     * @param link its address, or empty
     */
    public SourceText(String text, String title, List<String> credits, String link) {
        this.text = Objects.requireNonNull(text, "text");
        this.title = title == null ? "" : title.strip();
        List<String> names = new ArrayList<>();
        for (String c : credits == null ? List.<String>of() : credits) {
            if (c != null && !c.isBlank() && !names.contains(c.strip())) {
                names.add(c.strip());
            }
        }
        this.credits = List.copyOf(names);
        this.link = link == null ? "" : link.strip();
    }

    /**
     * A source given as plain text: its first short line is taken as the title, and a byline near the
     * top ("By Anna Virtanen", "Kirjoittanut: Anna Virtanen") gives the author.
     */
    public static SourceText of(String text) {
        return new SourceText(text, titleLine(text), bylineNames(text), "");
    }

    /** The same source with more names that credit it (from a page's metadata, say). */
    public SourceText withCredits(String newTitle, List<String> more, String newLink) {
        List<String> all = new ArrayList<>(credits);
        all.addAll(more);
        return new SourceText(text, newTitle == null || newTitle.isBlank() ? title : newTitle, all,
                newLink == null || newLink.isBlank() ? link : newLink);
    }

    public String text() {
        return text;
    }

    public String title() {
        return title;
    }

    public List<String> credits() {
        return credits;
    }

    public String link() {
        return link;
    }

    /** The draft against this source: what it copied, where, and whether it says whose it is. */
    public SourceComparison compare(String draft) {
        SourceComparison kept = last;
        if (kept != null && kept.draft() == draft) {
            return kept; // the rules of one check ask about the same text in turn
        }
        SourceComparison fresh = SourceComparison.of(draft, this);
        last = fresh;
        return fresh;
    }

    ShingleIndex index() {
        ShingleIndex built = index;
        if (built == null) {
            built = new ShingleIndex(WordSequence.of(text));
            index = built;
        }
        return built;
    }

    private static String titleLine(String text) {
        for (String line : text.lines().limit(HEAD_LINES).toList()) {
            String l = line.strip().replaceFirst("^#+\\s*", "");
            if (!l.isEmpty()) {
                return l.length() <= TITLE_MAX_CHARS && !BYLINE.matcher(l).matches() ? l : "";
            }
        }
        return "";
    }

    static List<String> bylineNames(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.lines().limit(HEAD_LINES).toList()) {
            Matcher m = BYLINE.matcher(line);
            if (m.matches()) {
                for (String name : NAME_SEPARATORS.split(m.group(1))) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return "SourceText[" + text.length() + " chars, title=" + title + ", credits=" + credits + "]";
    }
}
