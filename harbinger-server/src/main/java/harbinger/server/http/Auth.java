package harbinger.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the bearer token ({@code Authorization: Bearer T}, RFC 6750): a request without one gets 401, one with a
 * wrong token 403. Tokens are compared in constant time. Immutable and thread-safe.
 */
final class Auth {
  private final byte[] token;
  private final boolean privateReads;

  Auth(String token, boolean privateReads) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.privateReads = privateReads;
  }

  /** @throws UnauthorizedResponse or {@link ForbiddenResponse} when the route needs a token the request lacks */
  void check(Access access, Context ctx) {
    if (access == Access.OPEN || access == Access.READ && !privateReads) return;
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() == 7) {
      throw new UnauthorizedResponse(access == Access.WRITE ? "writes need a bearer token (Authorization: Bearer <token>)"
          : "this server's reads are private: send Authorization: Bearer <token>");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) throw new ForbiddenResponse("the bearer token is not valid for this server");
  }

  boolean privateReads() { return privateReads; }
}
