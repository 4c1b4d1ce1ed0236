package harbinger.server.http;

/** Who may call a route: anyone, readers (everyone unless reads are private), or holders of the token. */
enum Access {
  OPEN, READ, WRITE
}
