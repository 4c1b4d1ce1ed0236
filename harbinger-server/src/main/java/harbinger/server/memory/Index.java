package harbinger.server.memory;

import harbinger.server.EventQuery;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where in the sorted event list a query's events can be: the positions of each party key (as source or target)
 * and of each undirected dyad, and the contiguous range of a date interval (the list is sorted by day, newest first);
 * plus QuadClass, modality and CAMEO root packed into byte columns for a first test that touches no event object. A query then
 * scans only its dyad's or party's postings within its date range instead of the whole list. Immutable; rebuilt
 * after each write (linear in the events).
 */
final class Index {
  private static final int[] NONE = new int[0];
  private final Map<String, int[]> byParty;
  private final Map<String, int[]> byDyad;
  private final long[] days;
  private final byte[] quad;
  private final byte[] modality;
  private final byte[] root;

  private Index(Map<String, int[]> byParty, Map<String, int[]> byDyad, long[] days, byte[] quad, byte[] modality,
                byte[] root) {
    this.byParty = byParty;
    this.byDyad = byDyad;
    this.days = days;
    this.quad = quad;
    this.modality = modality;
    this.root = root;
  }

  static Index build(List<MemoryStore.Entry> events) {
    int n = events.size();
    long[] days = new long[n];
    byte[] quad = new byte[n];
    byte[] modality = new byte[n];
    byte[] root = new byte[n];
    Map<String, Integer> partySizes = new HashMap<>();
    Map<String, Integer> dyadSizes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MemoryStore.Entry e = events.get(i);
      days[i] = e.day();
      quad[i] = (byte) e.row().quadClass();
      modality[i] = (byte) e.row().modality().ordinal();
      root[i] = (byte) Integer.parseInt(e.row().cameo().substring(0, 2));
      for (String k : parties(e)) partySizes.merge(k, 1, Integer::sum);
      dyadSizes.merge(dyadKey(e.row().sourceKey(), e.row().targetKey()), 1, Integer::sum);
    }
    Map<String, int[]> byParty = postings(partySizes);
    Map<String, int[]> byDyad = postings(dyadSizes);
    Map<String, Integer> partyFill = new HashMap<>();
    Map<String, Integer> dyadFill = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MemoryStore.Entry e = events.get(i);
      for (String k : parties(e)) add(byParty, partyFill, k, i);
      add(byDyad, dyadFill, dyadKey(e.row().sourceKey(), e.row().targetKey()), i);
    }
    return new Index(byParty, byDyad, days, quad, modality, root);
  }

  private static List<String> parties(MemoryStore.Entry e) {
    String s = e.row().sourceKey();
    String t = e.row().targetKey();
    return s.equals(t) ? List.of(s) : List.of(s, t);
  }

  /** The undirected dyad's key: the two party keys in order. */
  static String dyadKey(String a, String b) { return a.compareTo(b) <= 0 ? a + "," + b : b + "," + a; }

  private static Map<String, int[]> postings(Map<String, Integer> sizes) {
    Map<String, int[]> out = new HashMap<>();
    sizes.forEach((k, size) -> out.put(k, new int[size]));
    return out;
  }

  private static void add(Map<String, int[]> postings, Map<String, Integer> fill, String key, int position) {
    int at = fill.merge(key, 1, Integer::sum) - 1;
    postings.get(key)[at] = position;
  }

  /** The query's packed-column values, -1 for any: QuadClass, modality ordinal, CAMEO root. */
  record Probe(int quad, int modality, int root) {
    static Probe of(EventQuery q) {
      return new Probe(q.quadClass() == null ? -1 : q.quadClass(), q.modality() == null ? -1 : q.modality().ordinal(),
          q.root() == null ? -1 : Integer.parseInt(q.root()));
    }
  }

  /** A cheap first test on the packed columns: false when the QuadClass, modality or CAMEO root rules it out. */
  boolean mayMatch(int position, Probe p) {
    return (p.quad() < 0 || quad[position] == p.quad())
        && (p.modality() < 0 || modality[position] == p.modality())
        && (p.root() < 0 || root[position] == p.root());
  }

  /**
   * The positions that may match: a slice of one party's postings, or a range of the whole list.
   *
   * @param positions ascending positions, or null for every position in [from, to)
   * @param from first index into {@code positions} (or first position), inclusive
   * @param to last index, exclusive
   * @param exact true when every candidate matches the query (nothing is left to test)
   */
  record Candidates(int @Nullable [] positions, int from, int to, boolean exact) {
    int size() { return to - from; }

    int position(int k) { return positions == null ? from + k : positions[from + k]; }

    /** The first k whose position is at least {@code index}. */
    int firstAtOrAfter(int index) {
      if (positions == null) return Math.max(0, index - from);
      int lo = from;
      int hi = to;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (positions[mid] < index) lo = mid + 1;
        else hi = mid;
      }
      return lo - from;
    }
  }

  Candidates candidates(EventQuery q) {
    int lo = q.to() == null ? 0 : firstWithDayAtMost(q.to().toEpochDay());
    int hi = q.from() != null ? firstWithDayAtMost(q.from().toEpochDay() - 1)
        : q.to() != null ? firstWithDayAtMost(Long.MIN_VALUE) // a date range leaves undated events out
        : days.length;
    boolean onlyPartiesAndDates = q.actor() == null && q.root() == null && q.code() == null && q.plover() == null
        && q.quadClass() == null && q.modality() == null;
    int[] postings = null;
    boolean exact = onlyPartiesAndDates && q.dyad() == null && q.country() == null;
    if (q.dyad() != null) {
      postings = byDyad.getOrDefault(dyadKey(q.dyad().a(), q.dyad().b()), NONE);
      exact = onlyPartiesAndDates && !q.directed() && q.country() == null;
    }
    if (q.country() != null) {
      int[] c = byParty.getOrDefault(q.country(), NONE);
      if (postings == null || c.length < postings.length) {
        postings = c;
        exact = onlyPartiesAndDates && q.dyad() == null;
      }
    }
    if (postings == null) return new Candidates(null, lo, Math.max(lo, hi), exact);
    int from = lowerBound(postings, lo);
    return new Candidates(postings, from, Math.max(from, lowerBound(postings, hi)), exact);
  }

  /** Events with a day (they come first in the list). */
  int dated() { return firstWithDayAtMost(Long.MIN_VALUE); }

  /** The first position whose day is at most {@code day} (days are non-increasing along the list). */
  private int firstWithDayAtMost(long day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] > day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static int lowerBound(int[] a, int value) {
    int i = Arrays.binarySearch(a, value);
    return i >= 0 ? i : -i - 1;
  }
}
