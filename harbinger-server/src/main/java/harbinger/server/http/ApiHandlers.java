package harbinger.server.http;

import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.server.ArticleIngest;
import harbinger.server.EventQueries;
import harbinger.server.EventQuery;
import harbinger.server.PageRequest;
import harbinger.server.PartyPair;
import harbinger.server.RequestException;
import harbinger.store.Alert;
import harbinger.store.Interval;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The API's handlers: each parses its request ({@link QueryParams}, {@link ArticleBody}), calls a port and writes
 * a {@link Shapes} JSON shape. Errors are thrown and mapped to statuses by {@link Errors}. Thread-safe when the
 * ports are.
 */
final class ApiHandlers {
  static final String VERSION = "0.1.0";
  static final int MAX_DYADS = 200;
  static final int MAX_DRIVERS = 20;
  static final int MAX_ALERTS = 500;
  private final EventQueries queries;
  private final ArticleIngest ingest;
  private final ServerConfig config;
  private final byte[] openApi;

  ApiHandlers(EventQueries queries, ArticleIngest ingest, ServerConfig config, byte[] openApi) {
    this.queries = queries;
    this.ingest = ingest;
    this.config = config;
    this.openApi = openApi.clone();
  }

  void health(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Set.of());
    json(ctx, Shapes.health(queries.totals(), VERSION, config.privateReads()));
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  void events(Context ctx) {
    QueryParams p = new QueryParams(ctx.queryParamMap(), QueryParams.union(QueryParams.EVENT_FILTERS, QueryParams.PAGING));
    EventQuery query = p.eventQuery();
    PageRequest page = p.page();
    json(ctx, Shapes.page(queries.events(query, page), page.limit(), page.offset()));
  }

  void dyads(Context ctx) {
    QueryParams p = new QueryParams(ctx.queryParamMap(), QueryParams.union(QueryParams.EVENT_FILTERS, Set.of("limit")));
    int limit = p.integer("limit", 20, 1, MAX_DYADS);
    json(ctx, Shapes.dyads(queries.dyads(p.eventQuery(), limit)));
  }

  void series(Context ctx) {
    QueryParams p = new QueryParams(ctx.queryParamMap(), Set.of("granularity", "from", "to"));
    PartyPair pair = new PartyPair(PartyPair.key("a", ctx.pathParam("a")), PartyPair.key("b", ctx.pathParam("b")));
    String g = p.get("granularity");
    Interval granularity = g == null ? Interval.DAY : interval(g);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) throw new RequestException("to", "must not be before from (" + from + ") but was " + to);
    json(ctx, Shapes.series(pair.a(), pair.b(), granularity.name().toLowerCase(java.util.Locale.ROOT),
        queries.dyadSeries(pair, granularity, from, to)));
  }

  void alerts(Context ctx) {
    QueryParams p = new QueryParams(ctx.queryParamMap(), Set.of("from", "to", "drivers", "limit"));
    int limit = p.integer("limit", 100, 1, MAX_ALERTS);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) throw new RequestException("to", "must not be before from (" + from + ") but was " + to);
    List<Alert> alerts = queries.alerts(from, to, p.integer("drivers", 5, 0, MAX_DRIVERS), limit);
    json(ctx, Shapes.alerts(alerts));
  }

  void article(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Set.of());
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 300 || id.chars().anyMatch(Character::isISOControl))
      throw new RequestException("id", "must be 1..300 characters without control characters");
    var record = queries.article(id).orElseThrow(() -> new NotFoundResponse("no article with id '" + QueryParams.shown(id) + "'"));
    json(ctx, Shapes.article(record));
  }

  void postArticles(Context ctx) {
    new QueryParams(ctx.queryParamMap(), Set.of());
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))
      throw new UnsupportedMediaTypeResponse("send the articles as Content-Type: application/json");
    List<ReadItem> items = ArticleBody.read(body(ctx), config.maxBatch(), ReadOptions.defaults());
    json(ctx, Shapes.ingest(ingest.ingest(items)));
  }

  /** @throws RequestException naming {@code granularity} unless {@code day} or {@code week} */
  private static Interval interval(String text) {
    return switch (text) {
      case "day" -> Interval.DAY;
      case "week" -> Interval.WEEK;
      default -> throw new RequestException("granularity", "must be day or week but was '" + QueryParams.shown(text) + "'");
    };
  }

  /** The request body, refused with 413 beyond the configured size (whether or not a length was declared). */
  private byte[] body(Context ctx) {
    long max = config.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw tooLarge(declared, max);
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) throw tooLarge(-1, max);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  private static ContentTooLargeResponse tooLarge(long declared, long max) {
    return new ContentTooLargeResponse("request body " + (declared >= 0 ? "of " + declared + " bytes " : "")
        + "exceeds the limit of " + max + " bytes; send fewer or shorter articles per request");
  }

  private static void json(Context ctx, Object shape) {
    ctx.contentType("application/json").result(Shapes.write(shape));
  }
}
