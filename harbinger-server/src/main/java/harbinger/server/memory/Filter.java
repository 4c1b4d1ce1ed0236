package harbinger.server.memory;

import harbinger.server.EventQuery;
import harbinger.server.EventRow;

/** An {@link EventQuery} as a predicate over stored entries. Immutable. */
final class Filter {
  private final EventQuery q;
  private final long from;
  private final long to;

  Filter(EventQuery q) {
    this.q = q;
    this.from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
    this.to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
  }

  boolean test(MemoryStore.Entry e) {
    EventRow r = e.row();
    if ((q.from() != null || q.to() != null) && (r.date() == null || e.day() < from || e.day() > to)) return false;
    if (q.quadClass() != null && r.quadClass() != q.quadClass()) return false;
    if (q.modality() != null && r.modality() != q.modality()) return false;
    if (q.root() != null && !r.cameo().startsWith(q.root())) return false;
    if (q.code() != null && !r.cameo().startsWith(q.code())) return false;
    if (q.plover() != null && !r.plover().equals(q.plover())) return false;
    if (q.country() != null && !q.country().equals(r.sourceKey()) && !q.country().equals(r.targetKey())) return false;
    if (q.actor() != null && !q.actor().equals(r.sourceCode()) && !q.actor().equals(r.targetCode())) return false;
    if (q.dyad() != null) {
      String a = q.dyad().a();
      String b = q.dyad().b();
      boolean forward = a.equals(r.sourceKey()) && b.equals(r.targetKey());
      boolean backward = b.equals(r.sourceKey()) && a.equals(r.targetKey());
      if (!(forward || !q.directed() && backward)) return false;
    }
    return true;
  }
}
