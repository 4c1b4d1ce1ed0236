package harbinger.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = HtmlExtractor.standard();

  @Test
  void keepsTheArticleParagraphsAndDropsNavigationPromotionAndPublisherLines() {
    Page page = extractor.extract(Pages.news("<title>Ministers agree | The Daily Example</title>"), "https://www.example.org/a/1");
    assertEquals("Ministers agree to reopen border crossings", page.title());
    assertEquals(Pages.BODY, page.paragraphs());
    String text = page.text();
    for (String boilerplate : List.of("Advertisement", "Subscribe", "Copyright", "Most read", "Share on", "Politics", "Read more"))
      assertFalse(text.contains(boilerplate), () -> boilerplate + " in " + text);
  }

  @Test
  void textIsTheHeadlineThenTheParagraphsSeparatedByBlankLines() {
    Page page = extractor.extract(Pages.news(""), null);
    assertEquals(page.title() + "\n\n" + String.join("\n\n", Pages.BODY), page.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "article:published_time | <meta property='article:published_time' content='2021-12-30T23:30:00-05:00'>",
      "itemprop               | <meta itemprop='datePublished' content='2021-12-30'>",
      "JSON-LD                | <script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-12-30T10:00:00Z\"}</script>",
      "JSON-LD graph          | <script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},{\"datePublished\":\"20211230\"}]}</script>",
      "meta name              | <meta name='pubdate' content='Thu, 30 Dec 2021 18:05:00 GMT'>",
      "dc.date.issued         | <meta name='DC.date.issued' content='2021-12-30'>"})
  void publicationDateComesFromThePageMetadataAsWritten(String form, String head) {
    assertEquals(LocalDate.of(2021, 12, 30), extractor.extract(Pages.news(head), null).published(), form);
  }

  @Test
  void timeElementInsideTheArticleIsADateButOneInTheMastheadIsNot() {
    String inArticle = "<html><body><header><time datetime='2024-05-01'>today</time></header><article><h1>Talks held today</h1>"
        + "<time datetime='2021-12-30T09:00'>30 December</time><p>" + Pages.BODY.get(0) + "</p></article></body></html>";
    assertEquals(LocalDate.of(2021, 12, 30), extractor.extract(inArticle, null).published());
    String mastheadOnly = inArticle.replace("<time datetime='2021-12-30T09:00'>30 December</time>", "");
    assertNull(extractor.extract(mastheadOnly, null).published());
  }

  @Test
  void unparseableDatesArePassedOver() {
    String head = "<meta property='article:published_time' content='yesterday'><meta name='date' content='2021-02-30'>"
        + "<meta itemprop='datePublished' content='2021-12-29'>";
    assertEquals(LocalDate.of(2021, 12, 29), extractor.extract(Pages.news(head), null).published());
  }

  @Test
  void outletFromSiteNameThenJsonLdPublisherThenHost() {
    assertEquals("The Daily Example", extractor.extract(Pages.news("<meta property='og:site_name' content='The Daily Example'>"), null).outlet());
    assertEquals("Example Media", extractor.extract(Pages.news(
        "<script type='application/ld+json'>{\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Media\"}}</script>"), null).outlet());
    assertEquals("news.example.org", extractor.extract(Pages.news(""), "https://www.news.example.org/x").outlet());
    assertNull(extractor.extract(Pages.news(""), null).outlet());
  }

  @Test
  void canonicalUrlWinsOverTheFetchedOne() {
    Page page = extractor.extract(Pages.news("<link rel='canonical' href='/story/42'>"), "https://example.org/amp/story/42?x=1");
    assertEquals("https://example.org/story/42", page.url());
    assertEquals("https://example.org/p", extractor.extract(Pages.news(""), "https://example.org/p").url());
  }

  @Test
  void titleFallsBackToMetadataWithoutTheSiteName() {
    String html = "<html><head><title>Border crossings to reopen - The Daily Example</title></head><body><div>"
        + "<p>" + String.join("</p><p>", Pages.BODY) + "</p></div></body></html>";
    Page page = extractor.extract(html, null);
    assertEquals("Border crossings to reopen", page.title());
    assertEquals(Pages.BODY, page.paragraphs());
  }

  @Test
  void pageOfOnlyLinksHasNoParagraphs() {
    StringBuilder html = new StringBuilder("<html><body><ul>");
    for (int i = 0; i < 30; i++) html.append("<li><a href='/").append(i).append("'>Headline number ").append(i).append(" about the news today</a></li>");
    Page page = extractor.extract(html.append("</ul></body></html>").toString(), null);
    assertTrue(page.paragraphs().isEmpty(), page::toString);
  }

  @Test
  void wrapperNamedLikeFurnitureDoesNotTakeTheArticleWithIt() {
    String html = "<html><body><div class='page has-sidebar'><div class='sidebar'><a href='/'>Home</a></div><div class='story'>"
        + "<p>" + String.join("</p><p>", Pages.BODY) + "</p></div></div></body></html>";
    assertEquals(Pages.BODY, extractor.extract(html, null).paragraphs());
  }

  @Test
  void charsetFromTheHeaderOrTheMetaElementDecodesTheBytes() {
    String html = "<html><head><meta charset='windows-1252'></head><body><p>" + Pages.BODY.get(0).replace("Tuesday", "Tuesday’s café")
        + "</p><p>" + Pages.BODY.get(1) + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    assertTrue(extractor.extract(bytes, null, null).text().contains("Tuesday’s café"));
    assertTrue(extractor.extract(bytes, "windows-1252", null).text().contains("Tuesday’s café"));
    assertTrue(extractor.extract(bytes, "no such charset!", null).text().contains("Tuesday’s café"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '#', value = {
      "Talks resume | The Daily # Talks resume",
      "Talks resume - Example News Online # Talks resume",
      "Ukraine - Russia talks resume in Geneva after a long pause between the two sides # Ukraine - Russia talks resume in Geneva after a long pause between the two sides"})
  void siteNameIsStrippedFromTitles(String title, String expected) {
    assertEquals(expected, DensityExtractor.stripSiteName(title, null));
  }
}
