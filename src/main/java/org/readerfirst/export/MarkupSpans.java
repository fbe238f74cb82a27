package org.readerfirst.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
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
 * and links, each as a stretch of the text with its kind. Read by the same rules as the export.
 */
public final class MarkupSpans {

    /** The kinds of markup the editor shows. */
    public enum Kind { BOLD, ITALIC, HEADING, QUOTE, LINK }

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
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis n) {
                add(n, Kind.BOLD);
                visitChildren(n);
            }

            @Override
            public void visit(Emphasis n) {
                add(n, Kind.ITALIC);
                visitChildren(n);
            }

            @Override
            public void visit(Heading n) {
                add(n, Kind.HEADING);
                visitChildren(n);
            }

            @Override
            public void visit(BlockQuote n) {
                add(n, Kind.QUOTE);
                visitChildren(n);
            }

            @Override
            public void visit(Link n) {
                add(n, Kind.LINK);
                visitChildren(n);
            }

            private void add(Node n, Kind kind) {
                for (SourceSpan s : n.getSourceSpans()) {
                    int start = s.getInputIndex();
                    int end = Math.min(text.length(), start + s.getLength());
                    if (start >= 0 && end > start) {
                        spans.add(new Span(start, end, kind));
                    }
                }
            }
        });
        return spans;
    }
}
