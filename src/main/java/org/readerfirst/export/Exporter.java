package org.readerfirst.export;

import java.util.Optional;
import org.commonmark.node.Node;
import org.readerfirst.core.lang.LanguageDetector;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/**
 * Turns a draft into what leaves the app: LinkedIn post text, article HTML, plain text or normalised
 * Markdown. Pure functions of the text, its surface and its language; no result ends in a line break.
 */
public final class Exporter {

    private static final int TITLE_CHARS = 100;

    private Exporter() {
    }

    public static String export(Draft draft, ExportFormat format) {
        return export(draft.body(), draft.type(), draft.language(), format);
    }

    /**
     * @param type the draft's surface: an article's LinkedIn text is the plain text that goes beside its
     *     HTML, since the article editor takes the styling from the HTML
     * @param language the draft's language; {@link Language#AUTO} is detected from the text
     */
    public static String export(String text, ContentType type, Language language, ExportFormat format) {
        Node document = DraftParser.parse(text);
        Language lang = resolve(text, language);
        return switch (format) {
            case LINKEDIN -> layout(document, type != ContentType.ARTICLE, lang);
            case TEXT -> layout(document, false, lang);
            case MARKDOWN -> MarkdownExport.render(document);
            case HTML -> HtmlExport.page(document, title(document, lang), lang.id());
        };
    }

    /**
     * What "Copy for LinkedIn" puts on the clipboard: for an article, HTML for the article editor with
     * plain text beside it; for every other surface, the post text LinkedIn shows as typed.
     */
    public static LinkedInCopy copyForLinkedIn(String text, ContentType type, Language language) {
        Node document = DraftParser.parse(text);
        Language lang = resolve(text, language);
        if (type == ContentType.ARTICLE) {
            String plain = layout(document, false, lang);
            return new LinkedInCopy(plain, plain.isEmpty() ? Optional.empty()
                    : Optional.of(HtmlExport.fragment(document)));
        }
        return new LinkedInCopy(layout(document, true, lang), Optional.empty());
    }

    /**
     * How many characters LinkedIn receives from the draft ({@link LinkedInCopy#length}): Markdown's
     * marks not at all. The toolbar, the preview and the message after copying show this count.
     */
    public static int linkedInLength(String text, ContentType type, Language language) {
        return copyForLinkedIn(text, type, language).length();
    }

    /** The article's HTML as the article editor takes it: a fragment, not a page. */
    public static String htmlFragment(String text) {
        return HtmlExport.fragment(DraftParser.parse(text));
    }

    private static String layout(Node document, boolean styled, Language language) {
        // Finnish quotes with a closing mark on both sides; English with curly opening and closing ones.
        return language == Language.FINNISH
                ? TextLayout.render(document, styled, "”", "”")
                : TextLayout.render(document, styled, "“", "”");
    }

    private static Language resolve(String text, Language language) {
        return language == Language.AUTO ? new LanguageDetector(Language.ENGLISH).detect(text) : language;
    }

    /** A page's title: the first line of the text, without its styling, cut at a word near 100 characters. */
    private static String title(Node document, Language language) {
        String plain = layout(document, false, language);
        String first = plain.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.length() <= TITLE_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_CHARS);
        return first.substring(0, cut > 0 ? cut : TITLE_CHARS) + "…";
    }
}
