package harbinger.actors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spelling and transliteration variants of recorded person names ("Bouteflicka" for Bouteflika, "Zelenskyi" for
 * Zelenskyy): a surname within one edit (two for names of nine letters or more) of a recorded key, with the same
 * first letter. A written given name must match the record's exactly, and a surname alone must have at least six
 * letters, so that short or common names ("Khan", "Lee", "Millar" for Miller with a different given name) do not
 * match a stranger. A variant that could be two different people matches nobody. Stateless.
 */
final class NameVariants {
  private NameVariants() {}

  /** The terms of the one person whose recorded key is a near variant of {@code key}; empty if none or several. */
  static List<OfficeTerm> near(String key, Map<String, List<OfficeTerm>> byName) {
    String[] words = key.split(" ");
    String surname = words[words.length - 1];
    if (surname.length() < (words.length == 1 ? 6 : 5)) return List.of();
    String given = key.substring(0, key.length() - surname.length()).strip();
    int allowed = surname.length() >= 9 ? 2 : 1;
    List<OfficeTerm> found = List.of();
    for (Map.Entry<String, List<OfficeTerm>> e : byName.entrySet()) {
      String k = e.getKey();
      int space = k.lastIndexOf(' ');
      String kSurname = k.substring(space + 1);
      String kGiven = space < 0 ? "" : k.substring(0, space);
      if (!kGiven.equals(given) || kSurname.charAt(0) != surname.charAt(0)
          || Math.abs(kSurname.length() - surname.length()) > allowed) continue;
      if (distance(kSurname, surname, allowed) > allowed) continue;
      if (!found.isEmpty() && !samePerson(found, e.getValue())) return List.of();
      found = e.getValue();
    }
    return found;
  }

  private static boolean samePerson(List<OfficeTerm> a, List<OfficeTerm> b) {
    Set<String> pa = a.stream().map(OfficeTerm::person).collect(Collectors.toSet());
    Set<String> pb = b.stream().map(OfficeTerm::person).collect(Collectors.toSet());
    return pa.equals(pb);
  }

  /** Levenshtein distance, or {@code cap + 1} as soon as it must exceed {@code cap}. */
  static int distance(String a, String b, int cap) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > cap) return cap + 1;
      int[] t = prev; prev = cur; cur = t;
    }
    return prev[b.length()];
  }
}
