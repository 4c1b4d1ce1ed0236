package harbinger.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits a cleaned page body into text blocks: maximal runs of text between block-level tag boundaries, each
 * with its word count and the share of its characters that sit inside links (link density). Stateless.
 */
final class TextBlocks {
  /** Tags whose start and end break the text into separate blocks. */
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "br", "dd",
      "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "td", "tfoot", "th", "thead", "tr", "ul");

  private TextBlocks() {}

  /**
   * One block of text.
   *
   * @param text the block's text, whitespace collapsed
   * @param words words (runs of letters or digits)
   * @param linkDensity characters inside {@code <a>} divided by all characters, 0..1
   * @param container the innermost block-level element holding the text
   * @param heading whether the container is a heading (h1..h6)
   */
  record Block(String text, int words, double linkDensity, Element container, boolean heading) {}

  static List<Block> of(Element body) {
    List<Block> blocks = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      private final StringBuilder text = new StringBuilder();
      private int linkChars;
      private int anchorDepth;
      private final List<Element> open = new ArrayList<>();

      @Override public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (s.isBlank()) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
            return;
          }
          int before = text.length();
          if (before > 0 && text.charAt(before - 1) != ' ' && Character.isWhitespace(s.charAt(0))) text.append(' ');
          text.append(s.strip());
          if (Character.isWhitespace(s.charAt(s.length() - 1))) text.append(' ');
          if (anchorDepth > 0) linkChars += text.length() - before;
        } else if (node instanceof Element e) {
          if (e.nameIs("a")) anchorDepth++;
          if (BLOCK_TAGS.contains(e.normalName())) {
            flush();
            open.add(e);
          }
        }
      }

      @Override public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.nameIs("a")) anchorDepth--;
          if (BLOCK_TAGS.contains(e.normalName())) {
            flush();
            if (!open.isEmpty() && open.get(open.size() - 1) == e) open.remove(open.size() - 1);
          }
        }
      }

      private void flush() {
        String s = text.toString().strip();
        if (!s.isEmpty() && !open.isEmpty()) {
          Element container = open.get(open.size() - 1);
          double density = Math.min(1.0, linkChars / (double) s.length());
          boolean heading = container.normalName().matches("h[1-6]");
          blocks.add(new Block(s, words(s), density, container, heading));
        }
        text.setLength(0);
        linkChars = 0;
      }
    }, body);
    return blocks;
  }

  /** Words: maximal runs of letters or digits. */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }
}
