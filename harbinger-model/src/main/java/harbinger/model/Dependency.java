package harbinger.model;

import java.util.Objects;

/**
 * A Universal Dependencies relation between two tokens of one sentence (token indices, 0-based).
 * The root has {@code governor == -1} and relation {@code root}. Relations keep their subtype
 * ("obl:agent", "nmod:poss", "compound:prt"); enhanced relations may carry a case marker ("obl:with").
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) throw new IllegalArgumentException("bad dependency " + governor + "->" + dependent);
  }

  /** The relation without subtype: "obl:agent" gives "obl". */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
