package harbinger.coding;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Span;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Navigation over one sentence's dependency tree: heads, children by relation, subtrees and case markers.
 * Immutable after construction; one instance per sentence.
 */
final class SentenceGraph {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    java.util.Arrays.fill(head, -2);
    java.util.Arrays.fill(relation, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) children.add(new ArrayList<>());
    for (Dependency d : sentence.dependencies()) {
      if (head[d.dependent()] != -2) continue; // keep the first (tree) head
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0) children.get(d.governor()).add(d.dependent());
    }
    reattachObjectsAfterDates();
    for (ParticipleSubjects.Move m : WarnedPronounClauses.moves(sentence, head, relation, children)) move(m.dependent(), m.head(), m.relation());
    for (ParticipleSubjects.Move m : BrushedAsideCalls.moves(sentence, head, relation, children)) move(m.dependent(), m.head(), m.relation());
    for (ParticipleSubjects.Move m : ParticipleSubjects.moves(sentence, head, relation, children)) move(m.dependent(), m.head(), m.relation());
    for (ParticipleSubjects.Move m : ReducedRelativeRoots.moves(sentence, head, relation, children)) move(m.dependent(), m.head(), m.relation());
    for (ParticipleSubjects.Move m : TemporalReducedRelatives.moves(sentence, head, relation, children)) move(m.dependent(), m.head(), m.relation());
    for (ParticipleSubjects.Move m : SubjectParticiples.moves(sentence, head, relation, children)) move(m.dependent(), m.head(), m.relation());
  }

  /** Reattaches token {@code d} to {@code h} (-1: the root) with relation {@code rel}, keeping children in order. */
  private void move(int d, int h, String rel) {
    if (head[d] >= 0) children.get(head[d]).remove(Integer.valueOf(d));
    head[d] = h;
    relation[d] = rel;
    if (h < 0) return;
    List<Integer> kids = children.get(h);
    int at = 0;
    while (at < kids.size() && kids.get(at) < d) at++;
    kids.add(at, d);
  }

  /**
   * "Beirut rejected Thursday a United Nations appeal": the parser often takes the noun phrase after a bare date
   * for a {@code dep} of the date; it is the verb's object, and is reattached as such when the verb has none.
   */
  private void reattachObjectsAfterDates() {
    for (int i = 0; i < head.length; i++) {
      int date = head[i];
      if (date < 0 || !relation[i].equals("dep") || i < date || !relation[date].endsWith(":tmod")) continue;
      int verb = head[date];
      if (verb < 0 || !sentence.token(verb).isVerb() || !sentence.token(i).pos().startsWith("NN")) continue;
      if (child(verb, "obj") != null) continue;
      children.get(date).remove(Integer.valueOf(i));
      children.get(verb).add(i);
      head[i] = verb;
      relation[i] = "obj";
    }
  }

  Sentence sentence() { return sentence; }
  int size() { return head.length; }
  Token token(int i) { return sentence.token(i); }
  String lemma(int i) { return sentence.token(i).lemma().toLowerCase(Locale.ROOT); }
  String word(int i) { return sentence.token(i).word(); }

  /** Head index, -1 for the root, -2 when the token is not attached (unparsed sentence). */
  int head(int i) { return head[i]; }

  /** Full relation to the head ("nsubj:pass"), empty when unattached. */
  String relation(int i) { return relation[i]; }

  /** Relation without subtype. */
  String baseRelation(int i) {
    String r = relation[i];
    int c = r.indexOf(':');
    return c < 0 ? r : r.substring(0, c);
  }

  boolean parsed() { return sentence.dependencies().size() > 0; }

  List<Integer> children(int i) { return children.get(i); }

  /** Children whose full or base relation is one of {@code relations}. */
  List<Integer> children(int i, Set<String> relations) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) if (relations.contains(relation[c]) || relations.contains(baseRelation(c))) out.add(c);
    return out;
  }

  @Nullable Integer child(int i, String... relations) {
    for (String r : relations) {
      for (int c : children.get(i)) if (relation[c].equals(r)) return c;
    }
    return null;
  }

  /** Lower-case lemma of the case marker ("with", "by") or mark of token {@code i}, or null. */
  @Nullable String caseMarker(int i) {
    for (int c : children.get(i)) {
      String r = baseRelation(c);
      if (r.equals("case") || r.equals("mark")) return lemma(c);
    }
    return null;
  }

  /** The nominal subject of {@code i}, preferring a noun over a wh-word when a clause has two ("what were then 70,000 soldiers gathered"). */
  @Nullable Integer subject(int i) {
    Integer first = null;
    Integer best = null;
    for (int c : children.get(i)) {
      if (!relation[c].equals("nsubj")) continue;
      if (first == null) first = c;
      if (sentence.token(c).pos().startsWith("W")) continue;
      // of two subjects ("Posting on Facebook, the army said forces had shelled"), the one nearest the verb
      if (best == null || (c < i && (best > i || c > best))) best = c;
    }
    return best != null ? best : first != null ? first : MisrootedParticiples.subject(this, i);
  }

  /** Does token {@code i} have a case or mark child with this lemma ("to", "if")? */
  boolean hasMarker(int i, String lemma) {
    for (int c : children.get(i)) {
      String r = baseRelation(c);
      if ((r.equals("case") || r.equals("mark")) && lemma(c).equals(lemma)) return true;
    }
    return false;
  }

  /** Named-entity types that never head an actor phrase. */
  private static final java.util.Set<String> NON_ACTOR_NER = java.util.Set.of("DATE", "TIME", "DURATION", "NUMBER",
      "MONEY", "PERCENT", "ORDINAL", "SET");

  /** True when token {@code i} cannot head an actor phrase (a date, a number, ...). */
  boolean nonActor(int i) {
    return NON_ACTOR_NER.contains(sentence.token(i).ner());
  }

  /** Tokens of the subtree rooted at {@code i}, excluding subtrees whose root is in {@code stop}. */
  BitSet subtree(int i, BitSet stop) {
    BitSet out = new BitSet();
    collect(i, stop, out, 0);
    return out;
  }

  BitSet subtree(int i) { return subtree(i, new BitSet()); }

  private void collect(int i, BitSet stop, BitSet out, int depth) {
    if (out.get(i) || depth > 60) return;
    out.set(i);
    for (int c : children.get(i)) if (!stop.get(c)) collect(c, stop, out, depth + 1);
  }

  /** Is {@code ancestor} on the head path of {@code i} (or equal to it)? */
  boolean dominates(int ancestor, int i) {
    int steps = 0;
    for (int k = i; k >= 0 && steps < 100; k = head[k], steps++) if (k == ancestor) return true;
    return false;
  }

  /** The chain of heads above {@code i}, nearest first, excluding {@code i}. */
  List<Integer> ancestors(int i) {
    List<Integer> out = new ArrayList<>();
    int k = head[i];
    while (k >= 0 && out.size() < 100) { out.add(k); k = head[k]; }
    return out;
  }

  /** Text of the article between the first and last token of {@code tokens} (inclusive), from the sentence text. */
  String text(int first, int last) {
    Span s = span(first, last);
    int b = Math.max(0, s.start() - sentence.begin());
    int e = Math.min(sentence.text().length(), s.end() - sentence.begin());
    return b <= e ? sentence.text().substring(b, e) : "";
  }

  /** The character range covering tokens {@code a} and {@code b}, whatever their order. */
  Span span(int a, int b) {
    var x = sentence.token(a);
    var y = sentence.token(b);
    return new Span(Math.min(x.begin(), y.begin()), Math.max(x.end(), y.end()));
  }
}
