package harbinger.output;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as rows of the GDELT 2.0 event table (tab-separated, 61 columns, no quoting), so tools built
 * for GDELT can read Harbinger output. Columns, in GDELT's order:
 * <pre>
 *  1 GLOBALEVENTID   2 SQLDATE   3 MonthYear   4 Year   5 FractionDate
 *  6-15  Actor1Code, Actor1Name, Actor1CountryCode, Actor1KnownGroupCode, Actor1EthnicCode,
 *        Actor1Religion1Code, Actor1Religion2Code, Actor1Type1Code, Actor1Type2Code, Actor1Type3Code
 * 16-25  the same ten for Actor2
 * 26 IsRootEvent  27 EventCode  28 EventBaseCode  29 EventRootCode  30 QuadClass  31 GoldsteinScale
 * 32 NumMentions  33 NumSources  34 NumArticles  35 AvgTone
 * 36-43  Actor1Geo_Type, Actor1Geo_FullName, Actor1Geo_CountryCode, Actor1Geo_ADM1Code, Actor1Geo_ADM2Code,
 *        Actor1Geo_Lat, Actor1Geo_Long, Actor1Geo_FeatureID
 * 44-51  the same eight for Actor2Geo
 * 52-59  the same eight for ActionGeo
 * 60 DATEADDED  61 SOURCEURL
 * </pre>
 * What is filled in, and how:
 * <ul>
 *   <li>Dates come from the event date (any precision: a month-precision date is written as its first day,
 *       as GDELT does); FractionDate is {@code year + ((month - 1) * 30 + day) / 365} with four decimals, as in
 *       GDELT's files. With no event date, SQLDATE, MonthYear, Year and
 *       FractionDate are blank.</li>
 *   <li>ActorCode is the CAMEO code; ActorName the actor's canonical name, else its words, upper case as in
 *       GDELT; Type1..3 are the actor's first three agent codes; KnownGroupCode is the group part of IGO, NGO,
 *       IMG, NGM and MNC codes ({@code IGOWSTNAT} → {@code NAT}). Ethnic and religion codes are blank.</li>
 *   <li>IsRootEvent is 1 when the evidence sentence starts in the article's lead: its first paragraph, and
 *       also the second when the first is the headline (the article has a title); else 0.</li>
 *   <li>EventBaseCode is the first three digits of the code (the code itself when shorter).</li>
 *   <li>AvgTone and every geography column are blank, except ActionGeo_FullName, which is the event's
 *       location as stated. (GDELT's geo columns need a gazetteer and FIPS codes that Harbinger does not
 *       have.)</li>
 *   <li>DATEADDED is the given instant in UTC as {@code YYYYMMDDHHMMSS}; SOURCEURL is the article's url.</li>
 * </ul>
 * Blank means unknown. Tabs and line breaks inside values become spaces, so a row is always one line of
 * exactly 61 fields. Stateless and thread-safe.
 */
public final class GdeltTsv {
  /** Number of columns of the GDELT 2.0 event table. */
  public static final int COLUMNS = 61;
  private static final DateTimeFormatter DATE_ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
  private static final List<String> GEO = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code",
      "Lat", "Long", "FeatureID");
  private static final String HEADER = buildHeader();

  private GdeltTsv() {}

  /** The 61 column names, tab-separated, without a line terminator. */
  public static String header() { return HEADER; }

  /**
   * One row for {@code e}, without a line terminator.
   *
   * @param e the event
   * @param article the event's article (for the lead paragraph and the url)
   * @param globalEventId the run's id for this event
   * @param numMentions mentions of the event in the run (1 for a single article)
   * @param numSources distinct outlets that mention it
   * @param numArticles distinct articles that mention it
   * @param dateAdded when the event was coded (inject a fixed clock in tests)
   * @throws IllegalArgumentException if the event is not from {@code article} or a count is negative
   */
  public static String row(Event e, Article article, long globalEventId, int numMentions, int numSources,
                           int numArticles, Instant dateAdded) {
    if (!e.articleId().equals(article.id()))
      throw new IllegalArgumentException("event " + e.eventId() + " is from article " + e.articleId() + ", not " + article.id());
    if (numMentions < 0 || numSources < 0 || numArticles < 0)
      throw new IllegalArgumentException("negative count: " + numMentions + "/" + numSources + "/" + numArticles);
    List<String> f = new ArrayList<>(COLUMNS);
    f.add(Long.toString(globalEventId));
    LocalDate d = e.date();
    if (d == null) {
      f.addAll(List.of("", "", "", ""));
    } else {
      f.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      f.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
      f.add(String.format(Locale.ROOT, "%04d", d.getYear()));
      double fraction = ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
      f.add(String.format(Locale.ROOT, "%.4f", d.getYear() + fraction));
    }
    actor(f, e.source());
    actor(f, e.target());
    f.add(isRoot(e, article) ? "1" : "0");
    f.add(e.cameo());
    f.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
    f.add(e.cameoRoot());
    f.add(Integer.toString(e.quadClass()));
    f.add(DecimalText.of(e.goldstein()));
    f.add(Integer.toString(numMentions));
    f.add(Integer.toString(numSources));
    f.add(Integer.toString(numArticles));
    f.add(""); // AvgTone
    for (int i = 0; i < 2 * GEO.size(); i++) f.add(""); // Actor1Geo_*, Actor2Geo_*
    f.add(""); // ActionGeo_Type
    f.add(e.location() == null ? "" : e.location());
    for (int i = 2; i < GEO.size(); i++) f.add("");
    f.add(DATE_ADDED.format(dateAdded));
    f.add(article.url() == null ? "" : article.url());
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) b.append('\t');
      b.append(clean(f.get(i)));
    }
    return b.toString();
  }

  private static void actor(List<String> f, @Nullable Actor a) {
    if (a == null) {
      for (int i = 0; i < ACTOR.size(); i++) f.add("");
      return;
    }
    f.add(a.code());
    f.add((a.name() != null ? a.name() : a.text()).toUpperCase(Locale.ROOT));
    f.add(a.country() == null ? "" : a.country());
    f.add(KnownGroups.of(a.code()));
    f.addAll(List.of("", "", "")); // ethnic, religion 1, religion 2
    for (int i = 0; i < 3; i++) f.add(i < a.agents().size() ? a.agents().get(i) : "");
  }

  /** True when the evidence starts in paragraph 0, or in paragraph 1 when paragraph 0 is the headline. */
  static boolean isRoot(Event e, Article article) {
    int leadParagraphs = article.title() != null ? 2 : 1;
    return e.span().start() < endOfParagraphs(article.text(), leadParagraphs);
  }

  /** Offset just past the last non-blank line of the first {@code count} paragraphs (blank-line separated). */
  static int endOfParagraphs(String text, int count) {
    int seen = 0;
    boolean inParagraph = false;
    int end = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      boolean blank = text.substring(lineStart, lineEnd).isBlank();
      if (!blank) {
        if (!inParagraph) {
          if (seen == count) return end;
          seen++;
          inParagraph = true;
        }
        end = lineEnd;
      } else {
        inParagraph = false;
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return text.length();
  }

  private static String clean(String value) {
    return value.replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
  }

  private static String buildHeader() {
    List<String> h = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) for (String c : ACTOR) h.add(a + c);
    h.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) for (String c : GEO) h.add(g + c);
    h.addAll(List.of("DATEADDED", "SOURCEURL"));
    if (h.size() != COLUMNS) throw new IllegalStateException("GDELT header has " + h.size() + " columns");
    return String.join("\t", h);
  }
}
