package harbinger.server.memory;

import harbinger.ingest.ReadItem;
import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.pipeline.Pipeline;
import harbinger.pipeline.Result;
import harbinger.server.ArticleIngest;
import harbinger.server.ArticleRecord;
import harbinger.server.DyadTotal;
import harbinger.server.EscalationAlert;
import harbinger.server.EventPage;
import harbinger.server.EventQueries;
import harbinger.server.EventQuery;
import harbinger.server.EventRow;
import harbinger.server.Granularity;
import harbinger.server.IngestResult;
import harbinger.server.PageRequest;
import harbinger.server.PartyPair;
import harbinger.server.PeriodPoint;
import harbinger.server.Totals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory adapter: codes submitted articles with a {@link Pipeline} and answers the server's queries from
 * lists in memory. Events are kept sorted newest first, so a cursor page is a binary search and a short scan; a
 * filter is a scan (about 10 ms per million events on one core). Article duplicates are recognised by id, url and
 * normalised text, as the store does; mentions are not clustered across articles.
 *
 * <p>Thread-safe: reads share a read lock; coding runs outside the lock, and storing takes the write lock.
 */
public final class MemoryStore implements EventQueries, ArticleIngest {
  private final @Nullable Supplier<Pipeline> pipeline;
  private final int threads;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, StoredArticle> articles = new HashMap<>();
  private final Duplicates duplicates = new Duplicates();
  private final List<Entry> events = new ArrayList<>();
  private Index index = Index.build(List.of());
  private long sequence;
  private long unreadable;
  private long skippedArticles;

  private MemoryStore(@Nullable Supplier<Pipeline> pipeline, int threads) {
    if (threads < 1 || threads > 64) throw new IllegalArgumentException("threads must be in 1..64 but was " + threads);
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /**
   * A store that codes submitted articles with pipelines from {@code pipeline} (called once per ingest, so each
   * batch has its own stage timers), {@code threads} articles at a time.
   */
  public static MemoryStore coding(Supplier<Pipeline> pipeline, int threads) {
    return new MemoryStore(Objects.requireNonNull(pipeline, "pipeline"), threads);
  }

  /** A store filled only through {@link #add}; {@link #ingest} refuses to code. */
  public static MemoryStore readOnly() { return new MemoryStore(null, 1); }

  private record StoredArticle(Article article, @Nullable String skipReason, List<ArticleRecord.Mention> mentions) {}

  /** One event with its sort key: day (epoch day; undated = MIN) descending, then sequence descending. */
  record Entry(long day, long seq, EventRow row, Event event) {
    static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::day).thenComparingLong(Entry::seq).reversed();
  }

  // ---------------------------------------------------------------- writing

  @Override public List<IngestResult> ingest(List<ReadItem> items) {
    List<IngestResult> out = new ArrayList<>(Collections.nCopies(items.size(), null));
    List<ReadItem> todo = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    lock.readLock().lock();
    try {
      for (int i = 0; i < items.size(); i++) {
        ReadItem item = items.get(i);
        String dup = item instanceof ReadItem.Read r ? duplicates.find(r.article()) : null;
        if (dup != null) {
          out.set(i, new IngestResult(item.id(), IngestResult.Status.DUPLICATE, dup, List.of(), null));
        } else {
          todo.add(item);
          where.add(i);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    if (!todo.isEmpty()) {
      if (pipeline == null) throw new IllegalStateException("this store was created without a pipeline");
      List<Result> coded = new ArrayList<>(todo.size());
      pipeline.get().runAll(todo.stream(), threads, coded::add);
      List<IngestResult> stored = add(coded);
      for (int k = 0; k < stored.size(); k++) out.set(where.get(k), stored.get(k));
    }
    return out;
  }

  /**
   * Stores results that are already coded (bulk loads, benchmarks, tests), skipping articles already stored.
   *
   * @return one result per item, in order
   */
  public List<IngestResult> add(List<Result> results) {
    List<IngestResult> out = new ArrayList<>(results.size());
    List<Entry> added = new ArrayList<>();
    lock.writeLock().lock();
    try {
      for (Result r : results) out.add(store(r, added));
      events.addAll(added);
      if (!added.isEmpty()) {
        events.sort(Entry.ORDER); // the stored list is one sorted run: TimSort costs about n + k log k
        index = Index.build(events);
      }
    } finally {
      lock.writeLock().unlock();
    }
    return out;
  }

  private IngestResult store(Result r, List<Entry> added) {
    Article a = r.article();
    if (a == null) {
      unreadable++;
      Outcome.Skipped s = (Outcome.Skipped) r.outcome();
      return new IngestResult(s.articleId(), IngestResult.Status.SKIPPED, s.stage() + ": " + s.reason(), List.of(), null);
    }
    String dup = duplicates.find(a);
    if (dup != null) return new IngestResult(a.id(), IngestResult.Status.DUPLICATE, dup, List.of(), null);
    duplicates.remember(a);
    if (r.outcome() instanceof Outcome.Skipped s) {
      String reason = s.stage() + ": " + s.reason();
      articles.put(a.id(), new StoredArticle(a, reason, List.of()));
      skippedArticles++;
      return new IngestResult(a.id(), IngestResult.Status.SKIPPED, reason, List.of(), a.text());
    }
    List<ArticleRecord.Mention> mentions = new ArrayList<>();
    for (Event e : ((Outcome.Coded) r.outcome()).events()) {
      LocalDate day = e.date() != null ? e.date() : a.published();
      EventRow row = row(e, day, a);
      added.add(new Entry(day == null ? Long.MIN_VALUE : day.toEpochDay(), ++sequence, row, e));
      mentions.add(new ArticleRecord.Mention(row.id(), e));
    }
    articles.put(a.id(), new StoredArticle(a, null, mentions));
    return IngestResult.added(a.id(), a.text(), mentions);
  }

  private static EventRow row(Event e, @Nullable LocalDate day, Article a) {
    return new EventRow(e.eventId(), day, key(e.source()), code(e.source()), key(e.target()), code(e.target()),
        e.cameo(), e.plover(), e.quadClass(), e.goldstein(), e.modality(), e.confidence(), 1, 1, a.id(), e.evidence());
  }

  /** The party key, as the store computes it: the country, else the actor code; "" for no actor. */
  static String key(@Nullable Actor a) {
    if (a == null) return "";
    return a.country() != null ? a.country() : a.code();
  }

  private static @Nullable String code(@Nullable Actor a) { return a == null ? null : a.code(); }

  // ---------------------------------------------------------------- reading

  @Override public EventPage events(EventQuery query, PageRequest page) {
    lock.readLock().lock();
    try {
      int start = page.cursor() == null ? 0 : firstAfter(Cursors.decode(page.cursor()));
      Filter f = new Filter(query);
      Index.Candidates c = index.candidates(query);
      List<EventRow> items = new ArrayList<>(page.limit());
      Entry last = null;
      boolean more = false;
      long total;
      int k = c.firstAtOrAfter(start);
      if (c.exact()) { // every candidate matches: no need to test and count them one by one
        total = c.size();
        for (k += page.offset(); k < c.size() && items.size() < page.limit(); k++) {
          last = events.get(c.position(k));
          items.add(last.row());
        }
        more = k < c.size();
      } else {
        total = 0;
        int skip = page.offset();
        Index.Probe probe = Index.Probe.of(query);
        for (int j = 0; j < c.size(); j++) {
          int at = c.position(j);
          if (!index.mayMatch(at, probe)) continue;
          Entry e = events.get(at);
          if (!f.test(e)) continue;
          total++;
          if (j < k || more) continue;
          if (skip > 0) {
            skip--;
          } else if (items.size() < page.limit()) {
            items.add(e.row());
            last = e;
          } else {
            more = true;
          }
        }
      }
      return new EventPage(items, total, more && last != null ? Cursors.encode(last.day(), last.seq()) : null);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Index of the first entry that sorts after the cursor's position. */
  private int firstAfter(long[] cursor) {
    Entry probe = new Entry(cursor[0], cursor[1], null, null);
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Entry.ORDER.compare(events.get(mid), probe) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  @Override public List<PeriodPoint> dyadSeries(PartyPair dyad, Granularity granularity, @Nullable LocalDate from,
                                                @Nullable LocalDate to) {
    Filter f = new Filter(new EventQuery(null, null, dyad, false, null, null, null, null, null, from, to));
    TreeMap<LocalDate, double[]> byPeriod = new TreeMap<>(); // 4 counts, goldstein sum
    EventQuery q = new EventQuery(null, null, dyad, false, null, null, null, null, null, from, to);
    lock.readLock().lock();
    try {
      Index.Candidates c = index.candidates(q);
      for (int k = 0; k < c.size(); k++) {
        Entry e = events.get(c.position(k));
        EventRow r = e.row();
        if (r.date() == null || !realised(r.modality()) || !f.test(e)) continue;
        double[] p = byPeriod.computeIfAbsent(granularity.periodOf(r.date()), x -> new double[5]);
        p[r.quadClass() - 1]++;
        p[4] += r.goldstein();
      }
    } finally {
      lock.readLock().unlock();
    }
    List<PeriodPoint> out = new ArrayList<>();
    if (byPeriod.isEmpty()) return out;
    for (LocalDate p = byPeriod.firstKey(); !p.isAfter(byPeriod.lastKey()); p = granularity.next(p)) {
      double[] v = byPeriod.getOrDefault(p, new double[5]);
      int[] quad = {(int) v[0], (int) v[1], (int) v[2], (int) v[3]};
      int n = quad[0] + quad[1] + quad[2] + quad[3];
      out.add(new PeriodPoint(p, quad, v[4], n == 0 ? 0 : v[4] / n, n == 0 ? 0 : (quad[2] + quad[3]) / (double) n));
    }
    return out;
  }

  /** Asserted or claimed: the events that count in series and alerts (the store's rule). */
  static boolean realised(Modality m) { return m == Modality.ASSERTED || m == Modality.CLAIMED; }

  @Override public List<EscalationAlert> alerts(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers) {
    Map<PartyPair, TreeMap<LocalDate, Double>> daily = new HashMap<>();
    Map<PartyPair, List<EventRow>> conflict = new HashMap<>();
    LocalDate first = null;
    lock.readLock().lock();
    try {
      for (Entry e : events) {
        EventRow r = e.row();
        if (r.date() == null) continue;
        if (first == null || r.date().isBefore(first)) first = r.date();
        if (r.goldstein() >= 0 || !realised(r.modality()) || r.sourceKey().isEmpty() || r.targetKey().isEmpty()
            || r.sourceKey().equals(r.targetKey())) continue;
        PartyPair pair = new PartyPair(r.sourceKey(), r.targetKey()).undirected();
        daily.computeIfAbsent(pair, k -> new TreeMap<>()).merge(r.date(), -r.goldstein() * r.confidence(), Double::sum);
        conflict.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
      }
    } finally {
      lock.readLock().unlock();
    }
    List<EscalationAlert> out = new ArrayList<>();
    if (first == null) return out;
    for (Map.Entry<PartyPair, TreeMap<LocalDate, Double>> d : daily.entrySet()) {
      for (SpikeDetector.Spike s : SpikeDetector.detect(d.getValue(), first)) {
        if (from != null && s.day().isBefore(from) || to != null && s.day().isAfter(to)) continue;
        List<EventRow> drivers = new ArrayList<>();
        for (EventRow r : conflict.get(d.getKey())) if (s.day().equals(r.date())) drivers.add(r);
        drivers.sort(Comparator.comparingDouble((EventRow r) -> r.goldstein() * r.confidence()).thenComparing(EventRow::id));
        out.add(new EscalationAlert(d.getKey(), s.day(), s.day(), s.z(), s.mean(), s.sd(), s.observed(),
            drivers.subList(0, Math.min(maxDrivers, drivers.size()))));
      }
    }
    out.sort(Comparator.comparing(EscalationAlert::day).reversed().thenComparing(a -> a.dyad().toString()));
    return out;
  }

  @Override public Optional<ArticleRecord> article(String id) {
    lock.readLock().lock();
    try {
      StoredArticle s = articles.get(id);
      if (s == null) return Optional.empty();
      return Optional.of(new ArticleRecord(s.article(), s.skipReason() == null ? "coded" : "skipped", s.skipReason(),
          null, s.mentions()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override public List<DyadTotal> dyads(EventQuery query, int limit) {
    Filter f = new Filter(query);
    Map<PartyPair, double[]> by = new HashMap<>(); // events, conflict, goldstein sum
    lock.readLock().lock();
    try {
      Index.Candidates c = index.candidates(query);
      for (int k = 0; k < c.size(); k++) {
        Entry e = events.get(c.position(k));
        EventRow r = e.row();
        if (r.sourceKey().isEmpty() || r.targetKey().isEmpty() || r.sourceKey().equals(r.targetKey()) || !f.test(e)) continue;
        double[] v = by.computeIfAbsent(new PartyPair(r.sourceKey(), r.targetKey()).undirected(), x -> new double[3]);
        v[0]++;
        if (r.quadClass() >= 3) v[1]++;
        v[2] += r.goldstein();
      }
    } finally {
      lock.readLock().unlock();
    }
    return by.entrySet().stream()
        .map(x -> new DyadTotal(x.getKey(), (long) x.getValue()[0], (long) x.getValue()[1], x.getValue()[2] / x.getValue()[0]))
        .sorted(Comparator.comparingLong(DyadTotal::events).reversed().thenComparing(t -> t.dyad().toString()))
        .limit(limit).toList();
  }

  @Override public Totals totals() {
    lock.readLock().lock();
    try {
      int dated = index.dated(); // sorted newest first, undated last
      LocalDate last = dated == 0 ? null : events.get(0).row().date();
      LocalDate first = dated == 0 ? null : events.get(dated - 1).row().date();
      return new Totals(articles.size() + unreadable, unreadable + skippedArticles, events.size(), first, last);
    } finally {
      lock.readLock().unlock();
    }
  }
}
