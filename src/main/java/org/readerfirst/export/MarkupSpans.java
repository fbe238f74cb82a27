package org.readerfirst.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Delimited;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where a draft's Markdown stands, for the editor to style it lightly: bold, italic, headings, quotes
 * and links, each as a stretch of the text with its kind, and the marks of bold and italic ({@code **},
 * {@code *}) as {@link Kind#MARK}, to be shown dimmed. Read by the same rules as the export.
 */
public final class MarkupSpans {

    /** The kinds of markup the editor shows. */
    public enum Kind { BOLD, ITALIC, HEADING, QUOTE, LINK, MARK }

    /** One stretch of markup, in UTF-16 offsets of the text, end exclusive. */
    public record Span(int start, int end, Kind kind) {
    }

    /** Above this a text is not styled: no draft is that long, and a huge paste must stay cheap. */
    public static final int MAX_CHARS = 200_000;

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, ListBlock.class, BlockQuote.class, ThematicBreak.class,
                    FencedCodeBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkupSpans() {
    }

    public static List<Span> of(String text) {
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        collect(PARSER.parse(text), text.length(), spans);
        return spans;
    }

    /** Every node of a kind, in document order, with the markup nested inside it. */
    private static void collect(Node parent, int length, List<Span> spans) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Kind kind = kindOf(n);
            if (kind != null) {
                for (SourceSpan s : n.getSourceSpans()) {
                    int start = s.getInputIndex();
                    int end = Math.min(length, start + s.getLength());
                    if (start >= 0 && end > start) {
                        spans.add(new Span(start, end, kind));
                        if (n instanceof Delimited d && n.getSourceSpans().size() == 1) {
                            int open = d.getOpeningDelimiter().length();
                            int close = d.getClosingDelimiter().length();
                            if (end - start > open + close) {
                                spans.add(new Span(start, start + open, Kind.MARK));
                                spans.add(new Span(end - close, end, Kind.MARK));
                            }
                        }
                    }
                }
            }
            collect(n, length, spans);
        }
    }

    private static Kind kindOf(Node n) {
        if (n instanceof StrongEmphasis) {
            return Kind.BOLD;
        }
        if (n instanceof Emphasis) {
            return Kind.ITALIC;
        }
        if (n instanceof Heading) {
            return Kind.HEADING;
        }
        if (n instanceof BlockQuote) {
            return Kind.QUOTE;
        }
        return n instanceof Link ? Kind.LINK : null;
    }
}
