package harbinger.ingest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's metadata: publication date, outlet, canonical URL and headline candidates. Must run on the
 * page as parsed, before boilerplate removal. Stateless and thread-safe.
 *
 * <p>Publication date, first found wins: {@code <meta property="article:published_time">}; an element with
 * {@code itemprop="datePublished"} (its {@code content} or {@code datetime}); {@code datePublished} in JSON-LD
 * (also inside {@code @graph}); {@code <meta name>} {@code pubdate}, {@code publishdate}, {@code publish-date},
 * {@code date}, {@code dc.date}, {@code dc.date.issued}, {@code dcterms.created}, {@code sailthru.date},
 * {@code parsely-pub-date}, {@code article.published}; a {@code <time datetime>} inside {@code <article>} or
 * {@code <main>} (a {@code <time>} elsewhere is usually today's date in the masthead, and is not used).
 * Values that are not dates are passed over.
 */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATE_NAMES = List.of("pubdate", "publishdate", "publish-date", "date", "dc.date",
      "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published");

  private PageMetadata() {}

  static @Nullable LocalDate published(Document doc) {
    for (Element m : doc.select("meta[property=article:published_time]")) {
      LocalDate d = PageDates.parse(m.attr("content"));
      if (d != null) return d;
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      LocalDate d = PageDates.parse(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
      if (d != null) return d;
    }
    for (JsonNode node : jsonLd(doc)) {
      LocalDate d = PageDates.parse(text(node.get("datePublished")));
      if (d != null) return d;
    }
    for (Element m : doc.select("meta[name]")) {
      if (DATE_NAMES.contains(m.attr("name").toLowerCase(Locale.ROOT))) {
        LocalDate d = PageDates.parse(m.attr("content"));
        if (d != null) return d;
      }
    }
    for (Element t : doc.select("article time[datetime], main time[datetime], time[pubdate][datetime]")) {
      LocalDate d = PageDates.parse(t.attr("datetime"));
      if (d != null) return d;
    }
    return null;
  }

  /** og:site_name, JSON-LD publisher name, application-name, else the host of {@code url} without "www.". */
  static @Nullable String outlet(Document doc, @Nullable String url) {
    String site = meta(doc, "meta[property=og:site_name]");
    if (site != null) return site;
    for (JsonNode node : jsonLd(doc)) {
      JsonNode publisher = node.get("publisher");
      String name = publisher == null ? null : publisher.isTextual() ? publisher.textValue() : text(publisher.get("name"));
      if (name != null && !name.isBlank()) return name.strip();
    }
    String app = meta(doc, "meta[name=application-name]");
    if (app != null) return app;
    if (url == null) return null;
    try {
      String host = URI.create(url).getHost();
      if (host == null || host.isBlank()) return null;
      return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** link rel=canonical, og:url (absolute http(s) URLs only), else {@code url}. */
  static @Nullable String canonicalUrl(Document doc, @Nullable String url) {
    for (Element link : doc.select("link[rel=canonical][href]")) {
      String abs = link.absUrl("href");
      if (abs.startsWith("http")) return abs;
    }
    String og = meta(doc, "meta[property=og:url]");
    if (og != null && og.startsWith("http")) return og;
    return url;
  }

  /** Headline candidates in order of trust: JSON-LD headline, og:title, then the {@code <title>} element. */
  static List<String> titles(Document doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode node : jsonLd(doc)) {
      String h = text(node.get("headline"));
      if (h != null && !h.isBlank()) out.add(h.strip());
    }
    String og = meta(doc, "meta[property=og:title]");
    if (og != null) out.add(og);
    String t = doc.title().strip();
    if (!t.isEmpty()) out.add(t);
    return out;
  }

  private static @Nullable String meta(Document doc, String css) {
    Element m = doc.selectFirst(css);
    if (m == null) return null;
    String v = m.attr("content").strip();
    return v.isEmpty() ? null : v;
  }

  /** Every JSON object in the page's JSON-LD scripts, including arrays' members and {@code @graph} members. */
  static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), out, 0);
      } catch (JsonProcessingException e) {
        // malformed JSON-LD is common; the page's other metadata still counts
      }
    }
    return out;
  }

  private static void collect(@Nullable JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) return;
    if (node.isArray()) {
      for (JsonNode n : node) collect(n, out, depth + 1);
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    if (n == null) return null;
    if (n.isArray() && n.size() > 0) n = n.get(0);
    return n.isTextual() ? n.textValue() : null;
  }
}
