package org.readerfirst.export;

import java.util.Set;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A draft as HTML: the fragment LinkedIn's article editor takes from the clipboard, or a whole page
 * for a file. Text the writer typed as HTML is shown as text, and only safe link addresses are kept.
 */
final class HtmlExport {

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n")
            .nodeRendererFactory(DefinitionAsText::new)
            .build();

    private HtmlExport() {
    }

    static String fragment(Node document) {
        return RENDERER.render(document).stripTrailing();
    }

    static String page(Node document, String title, String languageTag) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(languageTag) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + escape(title) + "</title>\n</head>\n<body>\n" + fragment(document) + "\n</body>\n</html>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A "[1]: https://..." line that no link refers to is still part of the text: show it. */
    private static final class DefinitionAsText implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        DefinitionAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(LinkReferenceDefinition.class);
        }

        @Override
        public void render(Node node) {
            LinkReferenceDefinition d = (LinkReferenceDefinition) node;
            context.getWriter().line();
            context.getWriter().tag("p");
            context.getWriter().text("[" + d.getLabel() + "]: " + d.getDestination());
            context.getWriter().tag("/p");
            context.getWriter().line();
        }
    }
}
