package harbinger.coding;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random structure-preserving mutations of annotated documents for the coder's property tests, in the spirit of
 * Lucene's {@code checkRandomData}: every result is a valid document (records accept it, and so does the strict
 * {@code AnnotatedDocJson} reader), each sentence's dependencies still form a tree, but words, tags, relations and
 * sentence order are no longer what a parser would produce. Deterministic for a given {@link Random}.
 */
final class DocMutator {
  enum Kind { DROP_TOKENS, SHUFFLE_RELATIONS, SHUFFLE_TAGS, MOVE_SUBTREE, DROP_SENTENCES, SHUFFLE_SENTENCES, CHANGE_PUBLISHED }

  private final Random random;

  DocMutator(Random random) { this.random = random; }

  /** One to three random mutations; {@code applied} receives their names. */
  AnnotatedDoc mutate(AnnotatedDoc doc, List<String> applied) {
    AnnotatedDoc out = doc;
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Kind k = Kind.values()[random.nextInt(Kind.values().length)];
      applied.add(k.name());
      out = apply(k, out);
    }
    return out;
  }

  AnnotatedDoc apply(Kind kind, AnnotatedDoc doc) {
    return switch (kind) {
      case DROP_TOKENS -> eachSentence(doc, this::dropTokens);
      case SHUFFLE_RELATIONS -> eachSentence(doc, this::shuffleRelations);
      case SHUFFLE_TAGS -> eachSentence(doc, this::shuffleTags);
      case MOVE_SUBTREE -> eachSentence(doc, this::moveSubtree);
      case DROP_SENTENCES -> dropSentences(doc);
      case SHUFFLE_SENTENCES -> shuffleSentences(doc);
      case CHANGE_PUBLISHED -> changePublished(doc);
    };
  }

  private interface SentenceMutation { Sentence apply(Sentence s); }

  /** Applies {@code m} to about half of the sentences. */
  private AnnotatedDoc eachSentence(AnnotatedDoc doc, SentenceMutation m) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) out.add(random.nextBoolean() ? m.apply(s) : s);
    return new AnnotatedDoc(doc.article(), out);
  }

  /** Removes up to a third of the tokens; their dependents are attached to the removed token's head. */
  Sentence dropTokens(Sentence s) {
    int n = s.tokens().size();
    if (n < 2) return s;
    boolean[] drop = new boolean[n];
    int count = 1 + random.nextInt(Math.max(1, n / 3));
    for (int i = 0; i < count; i++) drop[random.nextInt(n)] = true;
    int[] head = heads(s);
    String[] rel = relations(s);
    int[] newIndex = new int[n];
    int kept = 0;
    for (int i = 0; i < n; i++) newIndex[i] = drop[i] ? -1 : kept++;
    if (kept == 0) return s;
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!drop[t.index()]) tokens.add(new Token(newIndex[t.index()], t.word(), t.lemma(), t.pos(), t.ner(), t.normalized(), t.begin(), t.end()));
    }
    List<Dependency> deps = new ArrayList<>();
    if (!s.dependencies().isEmpty()) {
      boolean rootSeen = false;
      for (int i = 0; i < n; i++) {
        if (drop[i]) continue;
        int h = head[i];
        while (h >= 0 && drop[h]) h = head[h];
        String r = h == head[i] ? rel[i] : (h < 0 ? "root" : rel[i]);
        if (h < 0) {
          if (rootSeen) { h = firstRootKept(head, drop); r = "dep"; }
          else rootSeen = true;
        }
        deps.add(new Dependency(h < 0 ? "root" : r, h < 0 ? -1 : newIndex[h], newIndex[i]));
      }
    }
    List<Timex> timexes = new ArrayList<>();
    for (Timex x : s.timexes()) {
      int b = -1;
      int e = -1;
      for (int i = x.beginToken(); i < x.endToken() && i < n; i++) {
        if (drop[i]) continue;
        if (b < 0) b = newIndex[i];
        e = newIndex[i] + 1;
      }
      if (b >= 0) timexes.add(new Timex(x.text(), b, e, x.type(), x.value()));
    }
    return new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), tokens, deps, timexes);
  }

  /** The kept token that became the root first (for sentences whose root and another top token were dropped). */
  private static int firstRootKept(int[] head, boolean[] drop) {
    for (int i = 0; i < head.length; i++) {
      if (drop[i]) continue;
      int h = head[i];
      while (h >= 0 && drop[h]) h = head[h];
      if (h < 0) return i;
    }
    throw new IllegalStateException("no root");
  }

  /** Permutes the relation labels of the non-root dependencies. */
  Sentence shuffleRelations(Sentence s) {
    List<String> labels = new ArrayList<>();
    for (Dependency d : s.dependencies()) if (d.governor() >= 0) labels.add(d.relation());
    Collections.shuffle(labels, random);
    List<Dependency> deps = new ArrayList<>();
    int k = 0;
    for (Dependency d : s.dependencies()) {
      deps.add(d.governor() < 0 ? d : new Dependency(labels.get(k++), d.governor(), d.dependent()));
    }
    return new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), s.tokens(), deps, s.timexes());
  }

  /** Permutes part-of-speech tags, entity tags and lemmas among the tokens (the words stay). */
  Sentence shuffleTags(Sentence s) {
    List<Token> t = s.tokens();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) order.add(i);
    Collections.shuffle(order, random);
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token a = t.get(i);
      Token b = t.get(order.get(i));
      out.add(new Token(i, a.word(), b.lemma(), b.pos(), b.ner(), b.normalized(), a.begin(), a.end()));
    }
    return new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), out, s.dependencies(), s.timexes());
  }

  /** Re-attaches one random subtree under a random token outside it (the tree stays a tree). */
  Sentence moveSubtree(Sentence s) {
    int n = s.tokens().size();
    if (n < 3 || s.dependencies().isEmpty()) return s;
    int[] head = heads(s);
    int moved = random.nextInt(n);
    if (head[moved] < 0) return s;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) if (!dominates(head, moved, i)) candidates.add(i);
    if (candidates.isEmpty()) return s;
    int to = candidates.get(random.nextInt(candidates.size()));
    List<Dependency> deps = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      deps.add(d.dependent() == moved && d.governor() >= 0 ? new Dependency(d.relation(), to, moved) : d);
    }
    return new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), s.tokens(), deps, s.timexes());
  }

  /** Removes some sentences and renumbers the rest (paragraphs and offsets stay). */
  AnnotatedDoc dropSentences(AnnotatedDoc doc) {
    List<Sentence> kept = new ArrayList<>();
    for (Sentence s : doc.sentences()) if (random.nextInt(3) > 0) kept.add(s);
    return new AnnotatedDoc(doc.article(), renumber(kept));
  }

  /** Puts the sentences in a random order and renumbers them. */
  AnnotatedDoc shuffleSentences(AnnotatedDoc doc) {
    List<Sentence> all = new ArrayList<>(doc.sentences());
    Collections.shuffle(all, random);
    return new AnnotatedDoc(doc.article(), renumber(all));
  }

  /** No publication date, or one up to ten years away. */
  AnnotatedDoc changePublished(AnnotatedDoc doc) {
    Article a = doc.article();
    LocalDate p = random.nextInt(3) == 0 ? null
        : (a.published() != null ? a.published() : LocalDate.of(2020, 1, 1)).plusDays(random.nextInt(7301) - 3650);
    return new AnnotatedDoc(a.withPublished(p), doc.sentences());
  }

  private static List<Sentence> renumber(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.add(new Sentence(out.size(), s.paragraph(), s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(), s.timexes()));
    }
    return out;
  }

  private static int[] heads(Sentence s) {
    int[] head = new int[s.tokens().size()];
    java.util.Arrays.fill(head, -1);
    Map<Integer, Boolean> seen = new HashMap<>();
    for (Dependency d : s.dependencies()) if (seen.putIfAbsent(d.dependent(), true) == null) head[d.dependent()] = d.governor();
    return head;
  }

  private static String[] relations(Sentence s) {
    String[] rel = new String[s.tokens().size()];
    java.util.Arrays.fill(rel, "dep");
    Map<Integer, Boolean> seen = new HashMap<>();
    for (Dependency d : s.dependencies()) if (seen.putIfAbsent(d.dependent(), true) == null) rel[d.dependent()] = d.relation();
    return rel;
  }

  /** Is {@code ancestor} on the head path of {@code i} (or equal to it)? */
  private static boolean dominates(int[] head, int ancestor, int i) {
    for (int k = i, steps = 0; k >= 0 && steps <= head.length; k = head[k], steps++) if (k == ancestor) return true;
    return false;
  }
}
