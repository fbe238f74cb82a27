package org.readerfirst.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.readerfirst.core.curation.SourceText;

/**
 * A web page reduced to the text a reader sees, one paragraph a block, without scripts, styles,
 * navigation or forms; its title, author and site name come from the page's metadata and byline.
 */
final class HtmlSource {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "form", "svg",
            "iframe", "button", "select", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4",
            "h5", "h6", "figure", "figcaption", "address", "hr");

    private HtmlSource() {
    }

    static SourceText parse(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(String.join(",", SKIPPED)).remove();
        String text = text(doc.body());
        String title = first(meta(doc, "og:title"), doc.title(), doc.select("h1").text());
        List<String> credits = new ArrayList<>();
        credits.add(meta(doc, "author"));
        String byline = doc.select("[rel=author], [itemprop=author], .byline, .author").text();
        credits.add(byline.replaceFirst("(?i)^\\s*(by|kirjoittanut:?|teksti:?)\\s+", ""));
        credits.add(meta(doc, "og:site_name"));
        credits.add(meta(doc, "application-name"));
        String link = first(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"));
        SourceText plain = SourceText.of(text);
        return new SourceText(text, title, credits, link).withCredits("", plain.credits(), "");
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** The visible text, white space collapsed inside a block and a blank line between blocks. */
    private static String text(Element body) {
        StringBuilder out = new StringBuilder();
        if (body == null) {
            return "";
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != ' '
                            && out.charAt(out.length() - 1) != '\n')) {
                        out.append(s.isBlank() ? " " : s);
                    }
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(out);
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void paragraph(StringBuilder out) {
        if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append("\n\n");
        }
    }
}
