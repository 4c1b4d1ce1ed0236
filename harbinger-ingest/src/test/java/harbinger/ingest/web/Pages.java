package harbinger.ingest.web;

import java.util.List;

/** Builds test web pages: a realistic news page with navigation, promotion and publisher boilerplate. */
public final class Pages {
  private Pages() {}

  public static final List<String> BODY = List.of(
      "The foreign ministers of two neighbouring states met in the capital on Tuesday to discuss the reopening of "
          + "border crossings that were closed during the dispute last year.",
      "Officials said the talks lasted four hours and ended with an agreement to set up a joint commission that "
          + "will meet every month to review trade and the movement of people.",
      "Opposition leaders criticised the meeting, saying that the government had made concessions without "
          + "consulting parliament, and they called for a debate next week.");

  /** A page whose head carries {@code head} and whose article has the standard body. */
  public static String news(String head) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">").append(head).append("</head><body>");
    b.append("<header class=\"site-header\"><a href=\"/\">The Daily Example</a><span>Monday edition</span></header>");
    b.append("<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li></ul></nav>");
    b.append("<div class=\"layout\"><main><article>");
    b.append("<h1>Ministers agree to reopen border crossings</h1>");
    b.append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>");
    b.append("<div class=\"article-body\">");
    for (int i = 0; i < BODY.size(); i++) {
      b.append("<p>").append(BODY.get(i)).append("</p>");
      if (i == 0) b.append("<div class=\"ad-slot\"><p>Advertisement</p></div>");
      if (i == 1) b.append("<p>Advertisement</p>");
    }
    b.append("<p>Read more: <a href=\"/a\">Border talks stall</a></p>");
    b.append("</div></article></main>");
    b.append("<aside><h2>Most read</h2><ul>");
    for (int i = 0; i < 5; i++) b.append("<li><a href=\"/s").append(i).append("\">A popular story about something else number ").append(i).append("</a></li>");
    b.append("</ul></aside>");
    b.append("<div class=\"promo-box\"><p>Subscribe today and get unlimited access to award-winning journalism, "
        + "exclusive newsletters, podcasts and puzzles for less than the price of a coffee every single week of the year.</p></div>");
    b.append("</div><footer><p>Copyright 2021 The Daily Example. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>");
    b.append("</body></html>");
    return b.toString();
  }
}
