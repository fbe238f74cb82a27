package org.readerfirst.export;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The words of a link's text, to tell whether the text only repeats the address. */
final class PlainLabel extends AbstractVisitor {

    private final StringBuilder words = new StringBuilder();

    private PlainLabel() {
    }

    static String of(Node node) {
        PlainLabel label = new PlainLabel();
        Node child = node.getFirstChild();
        while (child != null) {
            child.accept(label);
            child = child.getNext();
        }
        return label.words.toString();
    }

    /** "example.com/a" repeats "https://example.com/a"; "mail me" does not repeat "mailto:me@example.com". */
    static boolean sameAddress(String label, String destination) {
        String bare = destination.replaceFirst("^(https?://|mailto:)", "").replaceFirst("/$", "");
        String text = label.strip().replaceFirst("^(https?://|mailto:)", "").replaceFirst("/$", "");
        return text.equalsIgnoreCase(bare);
    }

    @Override
    public void visit(Text text) {
        words.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        words.append(code.getLiteral());
    }
}
