package harbinger.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Machine-readable evaluation result: one JSON object
 * {@code {"date", "reports":[{"set","units","scores":[{"name","value","numerator","denominator","ci95"?}],
 * "notes":[...], "errors":[{"unit","severity","category","gold","produced","text"}]}], "floors":{...}|null}}.
 * {@code value} is null when the score is undefined. Stateless.
 */
public final class EvalJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalJson() {}

  /**
   * @param reports the reports
   * @param worst errors written per report (worst first)
   * @param check the floor check, or null when no floors were given
   */
  public static String write(List<EvalReport> reports, int worst, Floors.@org.jspecify.annotations.Nullable Check check) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode rs = root.putArray("reports");
    for (EvalReport r : reports) {
      ObjectNode o = rs.addObject();
      o.put("set", r.set());
      o.put("units", r.units());
      ArrayNode scores = o.putArray("scores");
      for (Score s : r.scores()) {
        ObjectNode so = scores.addObject();
        so.put("name", s.name());
        if (s.defined()) so.put("value", s.value());
        else so.putNull("value");
        so.put("numerator", s.numerator());
        so.put("denominator", s.denominator());
        s.interval95().ifPresent(i -> so.putArray("ci95").add(i.low()).add(i.high()));
      }
      ArrayNode notes = o.putArray("notes");
      r.notes().forEach(notes::add);
      o.put("error_count", r.errors().size());
      ArrayNode errors = o.putArray("errors");
      for (EvalError e : r.worst(worst)) {
        ObjectNode eo = errors.addObject();
        eo.put("unit", e.unit());
        eo.put("severity", e.severity());
        eo.put("category", e.category());
        eo.put("gold", e.gold());
        eo.put("produced", e.produced());
        eo.put("text", e.text());
      }
    }
    if (check == null) {
      root.putNull("floors");
    } else {
      ObjectNode f = root.putObject("floors");
      f.put("passed", check.passed());
      ArrayNode failures = f.putArray("failures");
      check.failures().forEach(failures::add);
      ArrayNode unchecked = f.putArray("unchecked");
      check.unchecked().forEach(unchecked::add);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write evaluation JSON", e);
    }
  }
}
