package harbinger.lexicon;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.ontology.CameoOntology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the lexicon from TSV files listed in an index ({@code index.txt}, one file name per line).
 *
 * <p>Each entry line is {@code code<TAB>trigger[<TAB>conditions[<TAB>flags]]}:
 * <ul>
 *   <li>trigger: {@code lemma} (a verb), {@code lemma:n} (a noun), {@code lemma:a} (an adjective used as a
 *       predicate: "was skeptical", "is willing to"), optionally with a particle or preposition
 *       that must go with it: {@code call+for}, {@code carry+out}, {@code talk:n+with};</li>
 *   <li>conditions, space separated, all must hold: {@code +a|b} some context word has lemma a or b;
 *       {@code -a|b} no context word has; {@code obj=a|b} the object head is a or b; {@code subj=a|b} the
 *       subject head is a or b; {@code subj+a|b} some word of the subject phrase is a or b;</li>
 *   <li>flags: {@code sym} for mutual events (meet, talk).</li>
 * </ul>
 * Validation fails fast with {@code file:line:} messages: unknown CAMEO code, bad trigger or condition syntax,
 * unknown flag, and duplicate patterns.
 */
public final class LexiconFiles {
  private static final String RESOURCE_DIR = "/harbinger/data/lexicon/";

  private LexiconFiles() {}

  /** The bundled lexicon, checked against the ontology. */
  public static Lexicon loadDefault(CameoOntology ontology) {
    List<DataLine> lines = new ArrayList<>();
    for (DataLine f : DataFile.readResource(RESOURCE_DIR + "index.txt")) {
      lines.addAll(DataFile.readResource(RESOURCE_DIR + f.expectField(0, "file name")));
    }
    return build(lines, ontology);
  }

  /** A lexicon from a directory holding {@code index.txt} and the files it lists. */
  public static Lexicon load(Path dir, CameoOntology ontology) {
    List<DataLine> lines = new ArrayList<>();
    for (DataLine f : DataFile.read(dir.resolve("index.txt"))) {
      Path file = dir.resolve(f.expectField(0, "file name"));
      if (!Files.isRegularFile(file)) throw f.error("listed file " + file + " does not exist");
      lines.addAll(DataFile.read(file));
    }
    return build(lines, ontology);
  }

  static Lexicon build(List<DataLine> lines, CameoOntology ontology) {
    Map<String, List<LexiconEntry>> verbs = new HashMap<>();
    Map<String, List<LexiconEntry>> nouns = new HashMap<>();
    Map<String, List<LexiconEntry>> adjectives = new HashMap<>();
    Map<String, String> seen = new HashMap<>();
    for (DataLine line : lines) {
      LexiconEntry e = parse(line, ontology);
      boolean adjective = isAdjective(line);
      String key = e.lemma() + "|" + e.noun() + "|" + adjective + "|" + e.particle() + "|" + new HashSet<>(e.conditions());
      String previous = seen.putIfAbsent(key, e.origin());
      if (previous != null) throw line.error("duplicate pattern (first defined at " + previous + ")");
      (adjective ? adjectives : e.noun() ? nouns : verbs).computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
    }
    Comparator<LexiconEntry> order = Comparator.comparingInt(LexiconEntry::specificity).reversed();
    verbs.values().forEach(l -> l.sort(order));
    nouns.values().forEach(l -> l.sort(order));
    adjectives.values().forEach(l -> l.sort(order));
    return new Lexicon(frozen(verbs), frozen(nouns), frozen(adjectives));
  }

  private static Map<String, List<LexiconEntry>> frozen(Map<String, List<LexiconEntry>> m) {
    Map<String, List<LexiconEntry>> out = new HashMap<>();
    m.forEach((k, l) -> out.put(k, List.copyOf(l)));
    return out;
  }

  /** The trigger column names an adjective ({@code lemma:a}, optionally with {@code +particle}). */
  private static boolean isAdjective(DataLine line) {
    String trigger = line.expectField(1, "trigger");
    int plus = trigger.indexOf('+');
    return (plus >= 0 ? trigger.substring(0, plus) : trigger).endsWith(":a");
  }

  static LexiconEntry parse(DataLine line, CameoOntology ontology) {
    if (line.fields().size() > 4) throw line.error("expected at most 4 tab-separated columns but found " + line.fields().size());
    String code = line.expectField(0, "CAMEO code");
    if (ontology.find(code).isEmpty()) throw line.error("unknown CAMEO code '" + code + "'");
    String trigger = line.expectField(1, "trigger");
    String particle = null;
    int plus = trigger.indexOf('+');
    if (plus >= 0) {
      particle = trigger.substring(plus + 1);
      trigger = trigger.substring(0, plus);
      if (!particle.matches("[a-z]+")) throw line.error("bad particle '" + particle + "' in trigger");
    }
    boolean noun = false;
    if (trigger.endsWith(":n")) { noun = true; trigger = trigger.substring(0, trigger.length() - 2); }
    else if (trigger.endsWith(":a")) { trigger = trigger.substring(0, trigger.length() - 2); }
    else if (trigger.endsWith(":v")) { trigger = trigger.substring(0, trigger.length() - 2); }
    if (!trigger.matches("[a-z][a-z'-]*")) throw line.error("bad trigger lemma '" + trigger + "' (lower-case letters, ' and - only)");
    List<Condition> conditions = new ArrayList<>();
    for (String c : line.field(2).split(" +")) {
      if (!c.isEmpty()) conditions.add(condition(line, c));
    }
    boolean symmetric = false;
    for (String flag : line.field(3).split("[ ,]+")) {
      if (flag.isEmpty()) continue;
      if (flag.equals("sym")) symmetric = true;
      else throw line.error("unknown flag '" + flag + "' (known: sym)");
    }
    return new LexiconEntry(code, trigger, noun, particle, conditions, symmetric, line.file() + ":" + line.number());
  }

  private static Condition condition(DataLine line, String text) {
    Condition.Scope scope;
    boolean required = true;
    String words;
    if (text.startsWith("+")) { scope = Condition.Scope.CONTEXT; words = text.substring(1); }
    else if (text.startsWith("-")) { scope = Condition.Scope.CONTEXT; required = false; words = text.substring(1); }
    else if (text.startsWith("obj=")) { scope = Condition.Scope.OBJECT; words = text.substring(4); }
    else if (text.startsWith("subj=")) { scope = Condition.Scope.SUBJECT; words = text.substring(5); }
    else if (text.startsWith("subj+")) { scope = Condition.Scope.SUBJECT_PHRASE; words = text.substring(5); }
    else throw line.error("bad condition '" + text + "' (expected +a|b, -a|b, obj=a|b, subj=a|b or subj+a|b)");
    Set<String> lemmas = new LinkedHashSet<>(Arrays.asList(words.split("\\|")));
    for (String w : lemmas) {
      if (!w.matches("[a-z0-9][a-z0-9'.-]*")) throw line.error("bad word '" + w + "' in condition '" + text + "'");
    }
    return new Condition(scope, required, lemmas);
  }
}
