package org.readerfirst.export;

import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads a draft as the small Markdown it may be written in: emphasis, lists, headings, quotes and
 * links. Indented code and HTML blocks are off: a draft indents lines and writes "<" as text, and
 * neither should change what it says.
 */
final class DraftParser {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, ListBlock.class, BlockQuote.class, ThematicBreak.class,
                    FencedCodeBlock.class))
            .build();

    private DraftParser() {
    }

    /** The draft's document; line ends of every kind count as one line break. */
    static Node parse(String text) {
        return PARSER.parse(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
