package harbinger.store.duckdb;

import harbinger.store.Dyad;
import harbinger.store.EventFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link EventFilter} into a SQL condition over {@code events e} with {@code ?} placeholders and the values
 * to bind, in order. Only constant SQL fragments are concatenated; every value is a parameter.
 */
final class FilterSql {
  final String where;
  final List<Object> params;

  private FilterSql(String where, List<Object> params) {
    this.where = where;
    this.params = List.copyOf(params);
  }

  static FilterSql of(EventFilter f) {
    List<String> conds = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.actor() != null) {
      conds.add("(e.source_code = ? OR e.target_code = ?)");
      params.add(f.actor());
      params.add(f.actor());
    }
    if (f.country() != null) {
      conds.add("(e.source_key = ? OR e.target_key = ?)");
      params.add(f.country());
      params.add(f.country());
    }
    if (f.dyad() != null) dyad(f.dyad(), f.directed(), conds, params);
    if (f.cameo() != null) {
      conds.add(switch (f.cameo().length()) {
        case 2 -> "e.cameo_root = ?";
        case 3 -> "e.base_code = ?";
        default -> "e.cameo = ?";
      });
      params.add(f.cameo());
    }
    if (f.plover() != null) {
      conds.add("e.plover = ?");
      params.add(f.plover());
    }
    if (f.quadClass() != null) {
      conds.add("e.quad_class = ?");
      params.add(f.quadClass());
    }
    if (f.modality() != null) {
      conds.add("e.modality = ?");
      params.add(f.modality().label());
    }
    if (f.from() != null) {
      conds.add("e.day >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      conds.add("e.day <= ?");
      params.add(f.to());
    }
    return new FilterSql(conds.isEmpty() ? "TRUE" : String.join(" AND ", conds), params);
  }

  static void dyad(Dyad d, boolean directed, List<String> conds, List<Object> params) {
    if (directed) {
      conds.add("(e.source_key = ? AND e.target_key = ?)");
      params.add(d.a());
      params.add(d.b());
    } else {
      conds.add("((e.source_key = ? AND e.target_key = ?) OR (e.source_key = ? AND e.target_key = ?))");
      params.add(d.a());
      params.add(d.b());
      params.add(d.b());
      params.add(d.a());
    }
  }

  /** Binds the parameters from position {@code first}; returns the next free position. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (Object p : params) ps.setObject(i++, p);
    return i;
  }
}
