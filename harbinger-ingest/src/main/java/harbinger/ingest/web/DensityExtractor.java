package harbinger.ingest.web;

import harbinger.ingest.web.TextBlocks.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The standard {@link HtmlExtractor}: metadata first, then boilerplate removal in four steps. Thread-safe.
 *
 * <p>Implementation notes.
 * <ol>
 *   <li><b>Structural removal.</b> Elements that never hold article text are dropped: scripts, styles, forms,
 *       frames, media, {@code nav}, {@code aside}, {@code footer}, {@code header} outside {@code article},
 *       elements with {@code role} navigation/banner/complementary/contentinfo, {@code hidden} or
 *       {@code aria-hidden="true"}, and elements whose {@code class} or {@code id} names navigation, promotion
 *       or publisher furniture ({@link #FURNITURE}: menu, share, social, related, promo, ad, newsletter,
 *       cookie, paywall, ...). An element so named is kept if it holds 40% or more of the page's text, since a
 *       page-wide wrapper (a body class such as {@code has-sidebar}) must not take the article with it.</li>
 *   <li><b>Text-density classification</b> of each text block ({@link TextBlocks}), with the decision tree of
 *       Kohlschütter, Fankhauser and Nejdl, "Boilerplate Detection using Shallow Text Features" (WSDM 2010),
 *       as in boilerpipe's NumWordsRulesClassifier: a block is content when its link density is at most 0.333
 *       and it has more than 16 words (or more than 40 when the previous block is link-heavy), or, shorter,
 *       when its neighbours are long enough to make it part of a text (next block over 15 words and previous
 *       over 4). Link-heavy blocks (lists of headlines, menus) are boilerplate.</li>
 *   <li><b>Main container.</b> Content blocks vote for their parent (their words) and grandparent (half their
 *       words), as in Arc90 Readability; the top-voted element holds the article. Blocks outside it and its
 *       siblings of at least a fifth of its vote are dropped, which removes long promotional texts elsewhere
 *       on the page. Short blocks inside the article (headings, one-line paragraphs) between two content
 *       blocks are kept.</li>
 *   <li><b>Publisher lines.</b> Short blocks (under 25 words) that are publisher furniture by their wording
 *       ({@link #PUBLISHER_LINE}: "Advertisement", "Read more", "Sign up for our newsletter", "Follow us",
 *       "Copyright", "All rights reserved", "Share this article", ...) are dropped, as is a block equal to the
 *       headline.</li>
 * </ol>
 * The headline is the first {@code h1} in the page (inside {@code article} or {@code main} when there is one),
 * else JSON-LD {@code headline}, {@code og:title} or {@code <title>} with a trailing " | Outlet" or " - Outlet"
 * removed.
 */
final class DensityExtractor implements HtmlExtractor {
  static final DensityExtractor INSTANCE = new DensityExtractor();

  static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[-_\\s])(nav|navbar|navigation|menu|footer|masthead|"
      + "sidebar|share|sharing|social|comments?|related|recommended|promo|promotion|advert|advertisement|ads?|"
      + "sponsored|newsletter|subscribe|subscription|signup|cookies?|consent|breadcrumbs?|banner|popup|modal|"
      + "paywall|outbrain|taboola|most-read|most-popular|trending|widget|toolbar)(?:$|[-_\\s])");
  static final Pattern PUBLISHER_LINE = Pattern.compile("(?is)^(?:(?:advertisement|advertising|sponsored( content)?|"
      + "read more|read next|related( articles| stories| coverage)?|more on this|recommended|sign up|subscribe|"
      + "follow us|share (this|on)|click here|copyright|all rights reserved|"
      + "this (article|story|material) (may not|is)|reporting by|editing by|skip to|cookie|we use cookies|"
      + "download our app|get the app|listen to (this|the) article|getty images|"
      + "(ap|afp|reuters) photo)\\b|©|\\(c\\)\\s?\\d{4}|(image|photo|photograph|caption):).*");
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "video, audio, picture, img, form, button, select, input, textarea, label, nav, aside, footer, menu, "
      + "dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], "
      + "[role=contentinfo], [role=search]";
  private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");

  private DensityExtractor() {}

  @Override public Page extract(String html, @Nullable String url) {
    return extract(Jsoup.parse(html, url == null ? "" : url), url);
  }

  @Override public Page extract(byte[] html, @Nullable String charset, @Nullable String url) {
    String cs = supported(charset) ? charset : null;
    try {
      return extract(Jsoup.parse(new java.io.ByteArrayInputStream(html), cs, url == null ? "" : url), url);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  private static boolean supported(@Nullable String charset) {
    try {
      return charset != null && java.nio.charset.Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false; // an illegal name in a Content-Type header: let the page's own declaration decide
    }
  }

  private static Page extract(Document doc, @Nullable String url) {
    var published = PageMetadata.published(doc);
    String outlet = PageMetadata.outlet(doc, url);
    String canonical = PageMetadata.canonicalUrl(doc, url);
    String title = title(doc, outlet);
    Element body = doc.body();
    removeFurniture(body);
    List<Block> blocks = TextBlocks.of(body);
    boolean[] content = classify(blocks);
    List<String> paragraphs = mainText(blocks, content, title);
    return new Page(title, paragraphs, published, outlet, canonical);
  }

  private static @Nullable String title(Document doc, @Nullable String outlet) {
    Element h1 = doc.selectFirst("article h1, main h1");
    if (h1 == null) h1 = doc.selectFirst("h1");
    if (h1 != null && TextBlocks.words(h1.text()) >= 2) return h1.text().strip();
    for (String t : PageMetadata.titles(doc)) {
      String stripped = stripSiteName(t, outlet);
      if (TextBlocks.words(stripped) >= 1) return stripped;
    }
    return null;
  }

  /** "Talks resume | The Daily" → "Talks resume"; keeps the title when nothing would remain. */
  static String stripSiteName(String title, @Nullable String outlet) {
    String t = title.strip().replaceAll("\\s+", " ");
    int cut = Math.max(t.lastIndexOf(" | "), Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" — ")));
    if (cut <= 0) return t;
    String tail = t.substring(cut + 3).strip();
    boolean site = outlet != null && tail.equalsIgnoreCase(outlet) || TextBlocks.words(tail) <= 4;
    return site ? t.substring(0, cut).strip() : t;
  }

  private static void removeFurniture(Element body) {
    int total = Math.max(1, body.text().length());
    body.select(NEVER_TEXT).remove();
    for (Element e : body.select("header")) if (e.closest("article") == null) e.remove();
    for (Element e : body.select("[class], [id]")) {
      if (NEVER_REMOVED.contains(e.normalName()) || e.parent() == null) continue;
      if (!FURNITURE.matcher(e.className()).find() && !FURNITURE.matcher(e.id()).find()) continue;
      if (e.text().length() * 10L >= total * 4L) continue;
      e.remove();
    }
  }

  /** The NumWordsRules decision tree (see the class notes); true marks content. */
  static boolean[] classify(List<Block> blocks) {
    boolean[] content = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Block cur = blocks.get(i);
      Block prev = i > 0 ? blocks.get(i - 1) : null;
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      double prevLinks = prev == null ? 0 : prev.linkDensity();
      int prevWords = prev == null ? 0 : prev.words();
      int nextWords = next == null ? 0 : next.words();
      if (cur.linkDensity() > 0.333) content[i] = false;
      else if (prevLinks <= 0.555) {
        if (cur.words() <= 16) content[i] = nextWords > 15 && prevWords > 4;
        else content[i] = true;
      } else {
        content[i] = cur.words() > 40 || nextWords > 17;
      }
    }
    return content;
  }

  private static List<String> mainText(List<Block> blocks, boolean[] content, @Nullable String title) {
    Map<Element, Double> votes = new IdentityHashMap<>();
    List<Element> voted = new ArrayList<>(); // in document order of first vote, so ties break the same way every run
    for (int i = 0; i < blocks.size(); i++) {
      if (!content[i]) continue;
      Element parent = blocks.get(i).container().parent();
      if (parent == null) continue;
      vote(votes, voted, parent, blocks.get(i).words());
      Element grand = parent.parent();
      if (grand != null) vote(votes, voted, grand, blocks.get(i).words() / 2.0);
    }
    Element best = null;
    double top = 0;
    for (Element e : voted) {
      double v = votes.get(e);
      if (v > top) {
        best = e;
        top = v;
      }
    }
    List<Element> regions = new ArrayList<>();
    if (best != null) {
      regions.add(best);
      Element parent = best.parent();
      if (parent != null) {
        for (Element sibling : parent.children()) {
          if (sibling != best && votes.getOrDefault(sibling, 0.0) >= top / 5) regions.add(sibling);
        }
      }
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (inside(blocks.get(i).container(), regions)) kept.add(i);
    }
    List<String> out = new ArrayList<>();
    int firstContent = -1;
    int lastContent = -1;
    for (int k = 0; k < kept.size(); k++) {
      if (content[kept.get(k)]) {
        if (firstContent < 0) firstContent = k;
        lastContent = k;
      }
    }
    for (int k = Math.max(0, firstContent); k >= 0 && k <= lastContent; k++) {
      Block b = blocks.get(kept.get(k));
      if (!content[kept.get(k)] && b.linkDensity() > 0.333) continue;
      if (b.words() < 25 && PUBLISHER_LINE.matcher(b.text()).matches()) continue;
      if (title != null && b.text().equalsIgnoreCase(title)) continue;
      out.add(b.text());
    }
    return out;
  }

  private static void vote(Map<Element, Double> votes, List<Element> voted, Element e, double words) {
    if (!votes.containsKey(e)) voted.add(e);
    votes.merge(e, words, Double::sum);
  }

  private static boolean inside(Element e, List<Element> regions) {
    for (Element r = e; r != null; r = r.parent()) {
      for (Element region : regions) if (r == region) return true;
    }
    return false;
  }
}
