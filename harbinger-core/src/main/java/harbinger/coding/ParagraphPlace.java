package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * The country of the city an earlier sentence of the same paragraph placed the story in: "Thousands gathered outside
 * the government building in Yerevan. Police detained at least 30 people." makes the police Armenia's even when the
 * dateline names Baku. Only cities (a capital or a listed place) count, nearest first; country names are left out,
 * as they are as often parties as places, and so is the dateline itself, which is the fallback after this. Stateless.
 */
final class ParagraphPlace {
  private ParagraphPlace() {}

  static @Nullable String country(ArticleContext a, int sentence, ActorKnowledge k) {
    int paragraph = a.doc.sentences().get(sentence).paragraph();
    for (int i = sentence - 1; i >= 0 && a.doc.sentences().get(i).paragraph() == paragraph; i--) {
      SentenceGraph g = a.graphs.get(i);
      BitSet dateline = a.datelineTokens(i);
      for (int j = g.size() - 1; j >= 0; j--) {
        if (!g.token(j).ner().equals("CITY") || dateline.get(j)) continue;
        int start = j;
        while (start > 0 && g.token(start - 1).ner().equals("CITY")) start--;
        StringBuilder name = new StringBuilder();
        for (int m = start; m <= j; m++) name.append(m > start ? " " : "").append(g.word(m));
        String city = name.toString();
        var c = k.findCountryByCapital(city).or(() -> k.findCountryByPlace(city));
        if (c.isPresent()) return c.get().code();
        j = start;
      }
    }
    return null;
  }
}
