/**
 * The HTTP adapter (Javalin 7 on Jetty 12): the route table, request parsing, bearer-token checks, JSON shapes,
 * the OpenAPI document and the mapping of every error to a status, in one place each. Handlers only parse, call a
 * port ({@code EventQueries}, {@code ArticleIngest}) and write a JSON shape; domain records are never serialised
 * directly. The dashboard's static files are served from {@code /harbinger/web} on the classpath and ECharts from
 * its WebJar. The only package that imports {@code io.javalin}.
 */
@NullMarked
package harbinger.server.http;

import org.jspecify.annotations.NullMarked;
