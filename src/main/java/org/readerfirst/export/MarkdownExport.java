package org.readerfirst.export;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** A draft's Markdown written out again the one way CommonMark writes it: markers, escapes and lists normalised. */
final class MarkdownExport {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .nodeRendererFactory(new KeepDefinitions())
            .build();

    private MarkdownExport() {
    }

    static String render(Node document) {
        document.accept(new ForgetIndents());
        return RENDERER.render(document).strip();
    }

    /**
     * The renderer lines an item up with the indent its first marker had, which leaves "10." of a list
     * begun with "1." with no space after it, and so no longer a list item: let it work them out anew.
     */
    private static final class ForgetIndents extends AbstractVisitor {
        @Override
        public void visit(ListItem item) {
            item.setMarkerIndent(null);
            item.setContentIndent(null);
            visitChildren(item);
        }
    }

    /** "[1]: https://..." lines are the writer's text too, referred to or not; the renderer would drop them. */
    private static final class KeepDefinitions implements MarkdownNodeRendererFactory {

        @Override
        public NodeRenderer create(MarkdownNodeRendererContext context) {
            return new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(LinkReferenceDefinition.class);
                }

                @Override
                public void render(Node node) {
                    LinkReferenceDefinition d = (LinkReferenceDefinition) node;
                    String title = d.getTitle() == null ? "" : " \"" + d.getTitle().replace("\"", "\\\"") + "\"";
                    context.getWriter().raw("[" + d.getLabel() + "]: " + destination(d.getDestination()) + title);
                    context.getWriter().block();
                }
            };
        }

        private static String destination(String url) {
            return url.isEmpty() || url.contains(" ") ? "<" + url + ">" : url;
        }

        @Override
        public Set<Character> getSpecialCharacters() {
            return Set.of();
        }
    }
}
