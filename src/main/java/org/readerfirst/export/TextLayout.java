package org.readerfirst.export;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Lays a draft's document out as text that keeps its shape where no formatting is taken: paragraphs
 * apart by one blank line, line breaks kept, bullets as "•" (then "◦" and "▪" for nested lists, so
 * the levels read even where leading spaces are lost), numbered lists numbered, quotes in quotation
 * marks, links as "text (url)". With {@code styled}, bold and italic become styled Unicode letters.
 */
final class TextLayout extends AbstractVisitor {

    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final String RULE = "———";

    private record ListFrame(String indent, boolean tight, boolean ordered, String delimiter, int depth) {
    }

    private final boolean styled;
    private final String openQuote;
    private final String closeQuote;
    private final StringBuilder out = new StringBuilder();
    private final Deque<ListFrame> lists = new ArrayDeque<>();
    private final Deque<Integer> numbers = new ArrayDeque<>();
    private int pendingBreaks;
    private int pendingQuotes;
    private String marker;
    private String continuation = "";
    private int bold;
    private int italic;

    private TextLayout(boolean styled, String openQuote, String closeQuote) {
        this.styled = styled;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
    }

    static String render(Node document, boolean styled, String openQuote, String closeQuote) {
        TextLayout layout = new TextLayout(styled, openQuote, closeQuote);
        document.accept(layout);
        return trimLines(layout.out);
    }

    private static String trimLines(CharSequence text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (String line : text.toString().split("\n", -1)) {
            clean.append(line.stripTrailing()).append('\n');
        }
        return clean.toString().strip().isEmpty() ? "" : clean.toString().stripTrailing();
    }

    /** Owes at least this many line breaks before the next text: 2 leaves a blank line. */
    private void block(int breaks) {
        pendingBreaks = Math.max(pendingBreaks, breaks);
    }

    private void write(String text) {
        if (text.isEmpty()) {
            return;
        }
        boolean lineStart = out.length() == 0 || pendingBreaks > 0;
        if (out.length() > 0) {
            out.append("\n".repeat(pendingBreaks));
        }
        pendingBreaks = 0;
        if (marker != null) {
            out.append(marker);
            marker = null;
        } else if (lineStart) {
            out.append(continuation);
        }
        out.append(openQuote.repeat(pendingQuotes));
        pendingQuotes = 0;
        out.append(text);
    }

    private void writeLines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                block(1);
            }
            write(lines[i]);
        }
    }

    private boolean inTightList(Node node) {
        return node.getParent() instanceof ListItem && !lists.isEmpty() && lists.peek().tight();
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(inTightList(paragraph) ? 1 : 2);
        visitChildren(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        block(2);
        bold++;
        visitChildren(heading);
        bold--;
    }

    @Override
    public void visit(BlockQuote quote) {
        block(2);
        pendingQuotes++;
        visitChildren(quote);
        if (pendingQuotes > 0) {
            pendingQuotes--;
        } else {
            out.append(closeQuote);
        }
    }

    @Override
    public void visit(BulletList list) {
        visitList(list, false, "");
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        numbers.push(start == null ? 1 : start);
        visitList(list, true, list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter());
        numbers.pop();
    }

    private void visitList(ListBlock list, boolean ordered, String delimiter) {
        block(list.getParent() instanceof ListItem && list.isTight() ? 1 : 2);
        String saved = continuation;
        lists.push(new ListFrame(continuation, list.isTight(), ordered, delimiter, lists.size()));
        visitChildren(list);
        lists.pop();
        continuation = saved;
    }

    @Override
    public void visit(ListItem item) {
        ListFrame list = lists.peek();
        block(list.tight() ? 1 : 2);
        String sign;
        if (list.ordered()) {
            int n = numbers.pop();
            numbers.push(n + 1);
            sign = n + list.delimiter();
        } else {
            sign = BULLETS[Math.min(list.depth(), BULLETS.length - 1)];
        }
        marker = list.indent() + sign + " ";
        continuation = list.indent() + " ".repeat(sign.length() + 1);
        visitChildren(item);
        if (marker != null) {
            write(" "); // an empty item still shows its bullet
        }
        continuation = list.indent();
    }

    @Override
    public void visit(Text text) {
        writeLines(UnicodeStyles.style(text.getLiteral(), styled && bold > 0, styled && italic > 0));
    }

    @Override
    public void visit(Code code) {
        write(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        writeLines(html.getLiteral());
    }

    @Override
    public void visit(Emphasis emphasis) {
        italic++;
        visitChildren(emphasis);
        italic--;
    }

    @Override
    public void visit(StrongEmphasis strong) {
        bold++;
        visitChildren(strong);
        bold--;
    }

    @Override
    public void visit(SoftLineBreak br) {
        block(1);
    }

    @Override
    public void visit(HardLineBreak br) {
        block(1);
    }

    @Override
    public void visit(Link link) {
        linked(link, link.getDestination());
    }

    @Override
    public void visit(Image image) {
        linked(image, image.getDestination());
    }

    /** "text (url)", or the url alone where the text is the url or there is no text. */
    private void linked(Node node, String destination) {
        String label = PlainLabel.of(node);
        if (label.isBlank()) {
            write(destination);
            return;
        }
        visitChildren(node);
        if (!destination.isEmpty() && !PlainLabel.sameAddress(label, destination)) {
            write(" (" + destination + ")");
        }
    }

    @Override
    public void visit(FencedCodeBlock code) {
        block(2);
        writeLines(code.getLiteral().stripTrailing());
    }

    @Override
    public void visit(ThematicBreak rule) {
        block(2);
        write(RULE);
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        block(2);
        write("[" + definition.getLabel() + "]: " + definition.getDestination());
    }
}
