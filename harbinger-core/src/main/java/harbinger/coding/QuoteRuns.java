package harbinger.coding;

import harbinger.model.Span;

/**
 * A quoted passage that opens the sentence after a quote attributed behind its closing mark ("“We are going to be here
 * for a long time,” said Lt. X of the Sheriff's Office. “Some of these homes ...” She said ...") continues that
 * quote: news style names the speaker once, after the first sentence, and goes on quoting. Its speaker is found in
 * that sentence before the next one's ("She said ..."), which may report something else (session 21). Pure
 * function, for QuoteSpeakers.
 */
final class QuoteRuns {
  private QuoteRuns() {}

  /**
   * Does sentence {@code s} hold the end of another quoted passage followed by a reporting verb outside any quote
   * ("“...,” said X, ...", "“...,” she said.")?
   */
  static boolean attributedBehind(ArticleContext a, int s, Span q) {
    if (s < 0 || s >= a.graphs.size() || !a.graphs.get(s).parsed()) return false;
    var sentence = a.doc.sentences().get(s);
    // a quote ending in "!" or "?" ends its sentence: the attribution is the next ("“...!” wailed X, ...")
    int from = s > 0 && a.doc.sentences().get(s - 1).paragraph() == sentence.paragraph() ? a.doc.sentences().get(s - 1).begin() : sentence.begin();
    SentenceGraph g = a.graphs.get(s);
    for (Span other : a.quotes.spans()) {
      if (other.end() <= from || other.end() > sentence.end() || other.end() > q.start()) continue;
      for (int i = 0; i < g.size(); i++) {
        if (g.token(i).begin() < other.end() || a.quotes.at(g.token(i).begin()).isPresent()) continue;
        if (g.token(i).isVerb() && QuoteCues.REPORTING.contains(g.lemma(i))) return true;
      }
    }
    return false;
  }
}
