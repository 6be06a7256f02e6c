package io.voicecampaign.emulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.fault.Port;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.emulator.host.PlatformHost;
import io.voicecampaign.emulator.json.Json;
import io.voicecampaign.emulator.json.JsonValue;
import io.voicecampaign.emulator.json.JsonWriter;
import io.voicecampaign.emulator.push.PushDeliveries;
import io.voicecampaign.emulator.wire.Fields;
import io.voicecampaign.emulator.wire.Problems;
import io.voicecampaign.emulator.wire.WireTime;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The admin endpoints, guarded by the {@code Admin-Token} header (a token of their own, so that a
 * client holding only the platform credentials cannot move time, and so that curl needs no signature):
 *
 * <ul>
 *   <li>{@code GET /admin/state}: the platform clock, zone, time scale, limit, unfinished tasks, pending faults</li>
 *   <li>{@code POST /admin/advance} {@code {"seconds": n}} or {@code {"untilIdle": true}}: move the platform clock</li>
 *   <li>{@code POST /admin/limit} {@code {"concurrentTasks": n}}: launches beyond it are refused with -37</li>
 *   <li>{@code POST /admin/listing} {@code {"delaySeconds": n}}: a task is listed only n seconds of platform
 *       time after its creation</li>
 *   <li>{@code POST /admin/fault} (see below); {@code DELETE /admin/fault}: drop every pending fault</li>
 *   <li>{@code POST /admin/reset} {@code {"seed": n, "start": "yyyy-MM-dd HH:mm:ss"}} (both optional): an
 *       empty platform, its clock at {@code start} or where the old one stood; the record of pushes is emptied</li>
 *   <li>{@code POST /admin/push} {@code {"url": "http://127.0.0.1:9000/reports"}}: report batches go there from
 *       now on; {@code DELETE /admin/push}: no more pushes, and unfinished batches are given up</li>
 *   <li>{@code GET /admin/pushes}: every recorded batch and its attempts ({@link PushesJson})</li>
 * </ul>
 *
 * <p>A fault: {@code {"fault": kind, "operation": op | "port": port, "times": n}} where {@code kind} is
 * {@code answer} (with {@code code} and optional {@code reason}), {@code latency} (with {@code seconds}
 * of platform time), {@code unavailable} (optional {@code reason}), {@code timedOut} (with
 * {@code seconds} of wall time held, optional {@code applied}), {@code outcomeUnknown} (optional
 * {@code reason}, {@code applied}) or {@code submissionFails} (the next {@code times} tasks due to start
 * fail to submit; no operation). {@code op} is one of {@link Operation}'s names, {@code port}
 * {@code GROUP_CALL} or {@code RECALL_FLOW}. Every answer is the state as JSON; a bad request is a 400
 * naming every problem.
 */
final class AdminHandler implements HttpHandler {

  static final String TOKEN_HEADER = "Admin-Token";

  private static final java.util.List<String> ACTIONS =
      Arrays.asList("state", "advance", "limit", "listing", "fault", "reset", "push", "pushes");

  private final PlatformHost host;
  private final PushDeliveries pushes;
  private final byte[] token;
  private final Option<Consumer<String>> log;

  AdminHandler(PlatformHost host, PushDeliveries pushes, String token, Option<Consumer<String>> log) {
    this.host = host;
    this.pushes = pushes;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) {
    String result;
    try {
      result = serve(exchange);
    } catch (IOException e) {
      result = "connection failed (" + e.getClass().getSimpleName() + ")";
    } catch (RuntimeException e) {
      result = "admin failure: " + e;
      try {
        Exchanges.sendError(exchange, 500, "Internal Server Error", e.toString());
      } catch (IOException | RuntimeException ignored) {
        // the answer was already started or the client is gone; the log line says what happened
      }
    } finally {
      exchange.close();
    }
    String line = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " -> " + result;
    log.forEach(sink -> sink.accept(line));
  }

  private String serve(HttpExchange exchange) throws IOException {
    String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      Exchanges.sendError(exchange, 401, "Unauthorized", "the admin endpoints need the header " + TOKEN_HEADER
          + " with the emulator's admin token");
      return "HTTP 401";
    }
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String action = path.substring("/admin/".length()).replaceAll("/+$", "");
    if (!ACTIONS.contains(action)) {
      Exchanges.sendError(exchange, 404, "Not Found", "no admin endpoint at " + path + "; there are "
          + String.join(", ", ACTIONS.stream().map(name -> "/admin/" + name).toList()));
      return "HTTP 404";
    }
    String allow = allowedMethods(action);
    if (!Arrays.asList(allow.split(", ")).contains(method)) {
      exchange.getResponseHeaders().set("Allow", allow);
      Exchanges.sendError(exchange, 405, "Method Not Allowed", method + " is not allowed on " + path);
      return "HTTP 405";
    }
    Problems problems = new Problems();
    if (method.equals("POST")) {
      JsonValue body;
      try {
        byte[] bytes = Exchanges.readBody(exchange.getRequestBody());
        body = bytes.length == 0 ? new JsonValue.ObjectValue(Map.of()) : Json.parse(bytes);
      } catch (JsonProcessingException e) {
        Exchanges.sendError(exchange, 400, "Bad Request", Json.describe(e));
        return "HTTP 400";
      } catch (Exchanges.BodyTooLarge e) {
        Exchanges.sendError(exchange, 400, "Bad Request", e.getMessage());
        return "HTTP 400";
      }
      Optional<Fields> fields = Fields.ofBody(body, problems);
      if (fields.isPresent()) {
        apply(action, fields.get(), problems);
      }
    } else if (method.equals("DELETE") && action.equals("fault")) {
      host.platform().clearFaults();
    } else if (method.equals("DELETE")) {
      pushes.stop();
    }
    if (!problems.isEmpty()) {
      Exchanges.sendError(exchange, 400, "Bad Request", problems.all().mkString("; "));
      return "HTTP 400";
    }
    boolean aboutPushes = action.startsWith("push");
    Exchanges.sendJson(exchange, 200, aboutPushes ? PushesJson.write(pushes, host.options().zone()) : state());
    return "HTTP 200";
  }

  private static String allowedMethods(String action) {
    switch (action) {
      case "state":
      case "pushes":
        return "GET";
      case "fault":
      case "push":
        return "POST, DELETE";
      default:
        return "POST";
    }
  }

  private void apply(String action, Fields body, Problems problems) {
    switch (action) {
      case "advance":
        advance(body, problems);
        break;
      case "limit": {
        OptionalLong limit = body.requiredLong("concurrentTasks", 1, Integer.MAX_VALUE);
        if (limit.isPresent()) {
          host.platform().setConcurrentTaskLimit((int) limit.getAsLong());
        }
        break;
      }
      case "listing":
        seconds(body, "delaySeconds", problems, true).ifPresent(host.platform()::setListingDelay);
        break;
      case "fault":
        FaultRequest.read(body, problems).ifPresent(request -> request.applyTo(host.platform()));
        break;
      case "reset":
        reset(body, problems);
        break;
      case "push":
        body.requiredString("url").ifPresent(url -> pushes.target("url", url).orElseRun(problems::add));
        break;
      default:
        break;
    }
  }

  private void advance(Fields body, Problems problems) {
    Optional<JsonValue> untilIdle = body.value("untilIdle");
    if (untilIdle.isPresent()) {
      if (!(untilIdle.get() instanceof JsonValue.BooleanValue bool) || !bool.value() || body.has("seconds")) {
        problems.add("untilIdle", null, "must be true, without seconds");
        return;
      }
      host.advanceUntilIdle();
      pushes.wake();
      return;
    }
    Optional<Duration> duration = seconds(body, "seconds", problems, true);
    duration.ifPresent(host::advance);
    pushes.wake();
  }

  private void reset(Fields body, Problems problems) {
    OptionalLong seed = body.optionalLong("seed", Long.MIN_VALUE, Long.MAX_VALUE);
    ZoneId zone = host.options().zone();
    Optional<Instant> start = body.optionalTime("start", zone);
    if (problems.isEmpty()) {
      host.reset(seed.orElse(host.seed()), start.orElseGet(() -> host.platform().now()));
      pushes.clear();
    }
  }

  /** A non-negative number of seconds (fractions allowed, to the millisecond) at {@code name}. */
  static Optional<Duration> seconds(Fields body, String name, Problems problems, boolean required) {
    Optional<JsonValue> value = body.value(name);
    if (value.isEmpty()) {
      if (required) {
        problems.add(body.path(name), null, "is required");
      }
      return Optional.empty();
    }
    if (value.get() instanceof JsonValue.NumberValue number) {
      BigDecimal millis = number.decimalValue().movePointRight(3);
      if (millis.signum() >= 0 && millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) < 0) {
        return Optional.of(Duration.ofMillis(millis.longValue()));
      }
    }
    problems.add(body.path(name), Fields.show(value.get()), "must be a number of seconds, zero or more");
    return Optional.empty();
  }

  private byte[] state() {
    SimulatedPlatform platform = host.platform();
    ZoneId zone = host.options().zone();
    Instant now = platform.now();
    JsonWriter json = new JsonWriter().beginObject()
        .name("now").value(WireTime.format(now, zone))
        .name("nowEpochMillis").value(now.toEpochMilli())
        .name("zone").value(zone.getId())
        .name("timeScale").value(new JsonValue.NumberValue(BigDecimal.valueOf(host.timeScale()).stripTrailingZeros().toPlainString()))
        .name("seed").value(host.seed())
        .name("concurrentTaskLimit").value(platform.concurrentTaskLimit())
        .name("listingDelaySeconds").value(platform.listingDelay().toSeconds())
        .name("unfinishedTasks").value(platform.unfinishedTaskCount())
        .name("pendingFaults").value(platform.pendingFaults())
        .name("nextEventTime");
    Option<Instant> next = platform.nextEventTime();
    if (next.isDefined()) {
      json.value(WireTime.format(next.get(), zone));
    } else {
      json.nullValue();
    }
    json.name("requests").beginObject();
    for (Operation operation : Operation.values()) {
      json.name(operation.name()).value(platform.requestCount(operation));
    }
    return json.endObject().endObject().toUtf8();
  }

  /** One fault to inject, read from {@code /admin/fault}'s body. */
  private record FaultRequest(Operation operation, Port port, int times, Fault fault) {

    static Optional<FaultRequest> read(Fields body, Problems problems) {
      Optional<String> kind = body.requiredString("fault");
      int times = (int) body.optionalLong("times", 1, 1_000_000).orElse(1);
      if (kind.isPresent() && kind.get().equals("submissionFails")) {
        return problems.isEmpty() ? Optional.of(new FaultRequest(null, null, times, null)) : Optional.empty();
      }
      Operation operation = null;
      Port port = null;
      if (body.has("operation") == body.has("port")) {
        problems.add("operation", null, "must be given, or else port, but not both: operation is one of "
            + Arrays.toString(Operation.values()) + ", port one of " + Arrays.toString(Port.values()));
      } else if (body.has("operation")) {
        operation = body.requiredString("operation").flatMap(name -> constant(Operation.class, name)).orElse(null);
        if (operation == null) {
          problems.add("operation", body.optionalString("operation").orElse(null), "must be one of " + Arrays.toString(Operation.values()));
        }
      } else {
        port = body.requiredString("port").flatMap(name -> constant(Port.class, name)).orElse(null);
        if (port == null) {
          problems.add("port", body.optionalString("port").orElse(null), "must be one of " + Arrays.toString(Port.values()));
        }
      }
      Fault fault = kind.flatMap(k -> fault(k, body, problems)).orElse(null);
      return problems.isEmpty() ? Optional.of(new FaultRequest(operation, port, times, fault)) : Optional.empty();
    }

    private static Optional<Fault> fault(String kind, Fields body, Problems problems) {
      boolean applied = body.value("applied").map(v -> v instanceof JsonValue.BooleanValue b && b.value()).orElse(false);
      switch (kind) {
        case "answer": {
          OptionalLong code = body.requiredLong("code", Integer.MIN_VALUE, Integer.MAX_VALUE);
          String reason = body.optionalString("reason").orElse(null);
          if (code.isPresent() && code.getAsLong() == 0) {
            problems.add("code", 0, "must be a failure code such as -18, not 0");
            return Optional.empty();
          }
          return code.isPresent()
              ? Optional.of(Fault.answer(PlatformCode.of((int) code.getAsLong()),
                  reason != null ? reason : PlatformCode.of((int) code.getAsLong()).meaning()))
              : Optional.empty();
        }
        case "latency":
          return seconds(body, "seconds", problems, true).map(Fault::latency);
        case "unavailable":
          return Optional.of(Fault.unavailable(body.optionalString("reason").orElse("the platform is unavailable (injected)")));
        case "timedOut":
          return seconds(body, "seconds", problems, true).map(after -> Fault.timedOut(after, applied));
        case "outcomeUnknown":
          return Optional.of(Fault.outcomeUnknown(body.optionalString("reason").orElse("the connection was reset (injected)"), applied));
        default:
          problems.add("fault", kind,
              "must be one of answer, latency, unavailable, timedOut, outcomeUnknown, submissionFails");
          return Optional.empty();
      }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
      try {
        return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    void applyTo(SimulatedPlatform platform) {
      if (fault == null) {
        platform.failNextSubmissions(times);
      } else if (operation != null) {
        platform.injectFault(operation, times, fault);
      } else {
        platform.injectFault(port, times, fault);
      }
    }
  }
}
