package io.voicecampaign.adapter.http.task;

/**
 * What servers in front of or instead of the platform really answer when something is wrong: a Java
 * web framework's default error bodies and a proxy's pages, byte for byte as those servers write them.
 */
final class ForeignAnswers {

  /** Spring Boot 3's default error body for an exception in a handler (HTTP 500). */
  static final String SPRING_500 =
      "{\"timestamp\":\"2026-12-02T06:15:30.123+00:00\",\"status\":500,\"error\":\"Internal Server Error\","
          + "\"path\":\"/v3/voice/group/call/query\"}";
  /** Spring Boot 3's default error body for a path no handler serves (HTTP 404). */
  static final String SPRING_404 =
      "{\"timestamp\":\"2026-12-02T06:15:30.123+00:00\",\"status\":404,\"error\":\"Not Found\","
          + "\"path\":\"/v3/voice/group/call/send/agent\"}";
  /** Spring Boot 3's default error body for a method the path does not take (HTTP 405). */
  static final String SPRING_405 =
      "{\"timestamp\":\"2026-12-02T06:15:30.123+00:00\",\"status\":405,\"error\":\"Method Not Allowed\","
          + "\"path\":\"/voice/group/call/cancel\"}";
  /** Spring Boot 3's default error body while the service is unavailable (HTTP 503). */
  static final String SPRING_503 =
      "{\"timestamp\":\"2026-12-02T06:15:30.123+00:00\",\"status\":503,\"error\":\"Service Unavailable\","
          + "\"path\":\"/v3/voice/group/call/send/agent\"}";
  /** nginx's own page when the upstream is down (HTTP 502). */
  static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

  private ForeignAnswers() {}
}
