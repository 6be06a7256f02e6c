package io.voicecampaign.emulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.emulator.host.PlatformHost;
import io.voicecampaign.emulator.json.Json;
import io.voicecampaign.emulator.json.JsonValue;
import io.voicecampaign.emulator.wire.Answers;
import io.voicecampaign.emulator.wire.CreateTaskRequest;
import io.voicecampaign.emulator.wire.Envelopes;
import io.voicecampaign.emulator.wire.FlowRequests;
import io.voicecampaign.emulator.wire.TaskRequests;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Serves the platform's endpoints: routes {@code POST /voice/...} and {@code POST /v3/voice/...}, checks
 * the signature, reads the body as the platform does, runs the operation on the simulated platform and
 * answers in the endpoint's envelope with HTTP 200, platform refusals included (as the platform does).
 *
 * <p>Injected transport faults are rendered on the wire: "unavailable" is an HTTP 503 with
 * {@code Retry-After: 1} (nothing was done); "timed out" holds the answer for the fault's duration of
 * wall time, then closes the connection without one; "outcome unknown" closes the connection without an
 * answer at once. An unknown path is a 404, another method a 405; a failure inside the emulator is
 * answered -18, as the platform answers its own ("port program unusual").
 */
final class PlatformHandler implements HttpHandler {

  private final PlatformHost host;
  private final Signatures signatures;
  private final Envelopes envelopes;
  private final ZoneId zone;
  private final Answers answers;
  private final Option<Consumer<String>> log;

  PlatformHandler(PlatformHost host, Signatures signatures, Envelopes envelopes, Option<Consumer<String>> log) {
    this.host = host;
    this.envelopes = envelopes;
    this.signatures = signatures;
    this.zone = host.options().zone();
    this.answers = new Answers(zone);
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String result;
    try {
      result = serve(exchange);
    } catch (IOException e) {
      result = "connection failed (" + e.getClass().getSimpleName() + ")";
    } catch (RuntimeException e) {
      result = internalError(exchange, e);
    } finally {
      exchange.close();
    }
    String line = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " -> " + result + " ("
        + (System.nanoTime() - started) / 1_000_000 + " ms)";
    log.forEach(sink -> sink.accept(line));
  }

  private String serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Optional<Endpoint> found = Endpoint.at(path);
    if (found.isEmpty()) {
      Exchanges.sendError(exchange, 404, "Not Found", "no platform endpoint at " + path);
      return "HTTP 404";
    }
    Endpoint endpoint = found.get();
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      Exchanges.sendError(exchange, 405, "Method Not Allowed", "the platform's endpoints take POST with a JSON body");
      return "HTTP 405";
    }
    Optional<Signatures.Refusal> refusal = signatures.check(exchange.getRequestHeaders());
    if (refusal.isPresent()) {
      Exchanges.sendJson(exchange, 200, envelopes.pick(endpoint.envelope()).failure(refusal.get().code(), refusal.get().reason()));
      return refusal.get().code().toString();
    }
    Outcome outcome;
    try {
      outcome = operate(endpoint, Exchanges.limited(exchange.getRequestBody(), endpoint.maxBodyBytes()));
    } catch (JsonProcessingException e) {
      outcome = notJson(Json.describe(e));
    } catch (Exchanges.BodyTooLarge e) {
      outcome = notJson(e.getMessage());
    }
    return answer(exchange, endpoint, outcome);
  }

  private static Outcome notJson(String why) {
    return new Outcome.Refusal(PlatformCode.PARAMETER_EXCEPTION, "parameter exception: the body is not a JSON request: " + why);
  }

  private String answer(HttpExchange exchange, Endpoint endpoint, Outcome outcome) throws IOException {
    if (outcome instanceof Outcome.Success success) {
      Exchanges.sendJson(exchange, 200, envelopes.pick(endpoint.envelope()).success(success.data()));
      return PlatformCode.SUCCESS.toString();
    }
    if (outcome instanceof Outcome.Refusal refused) {
      Exchanges.sendJson(exchange, 200, envelopes.pick(endpoint.envelope()).failure(refused.code(), refused.reason()));
      return refused.code().toString();
    }
    Fault.Transport fault = ((Outcome.Lost) outcome).fault();
    if (fault instanceof Fault.Unavailable unavailable) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      Exchanges.sendError(exchange, 503, "Service Unavailable", unavailable.reason());
      return "HTTP 503 (injected fault)";
    }
    if (fault instanceof Fault.TimedOut timedOut) {
      hold(timedOut);
    }
    // closing the exchange before any header is sent closes the connection without an answer
    return "no answer (injected fault: " + fault.getClass().getSimpleName() + ", applied=" + fault.applied() + ")";
  }

  private static void hold(Fault.TimedOut timedOut) {
    try {
      Thread.sleep(timedOut.after().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Outcome operate(Endpoint endpoint, InputStream body) throws IOException {
    switch (endpoint) {
      case CREATE_TASK: {
        Either<Seq<Violation>, AgentCampaign> campaign = CreateTaskRequest.read(body, zone);
        return campaign.isLeft()
            ? Outcome.invalid(campaign.getLeft())
            : Outcome.of(platform().launch(campaign.get()), id -> answers.id(id.value()));
      }
      case QUERY_TASKS: {
        Either<Seq<Violation>, TaskRequests.TaskListing> listing = TaskRequests.query(tree(body), zone);
        if (listing.isLeft()) {
          return Outcome.invalid(listing.getLeft());
        }
        if (!listing.get().agentTasks()) {
          return new Outcome.Success(answers.tasks(emptyPage(listing.get())));
        }
        return Outcome.of(platform().queryTasks(listing.get().query()), answers::tasks);
      }
      case CANCEL_TASKS: {
        Either<Seq<Violation>, Seq<TaskId>> ids = TaskRequests.cancel(tree(body));
        return ids.isLeft() ? Outcome.invalid(ids.getLeft()) : Outcome.of(platform().cancelTasks(ids.get()), done -> answers.none());
      }
      case QUERY_FLOWS: {
        Either<Seq<Violation>, RecallFlowQuery> query = FlowRequests.query(tree(body), zone);
        return query.isLeft() ? Outcome.invalid(query.getLeft()) : Outcome.of(platform().queryFlows(query.get()), answers::flows);
      }
      case FLOW_DETAIL: {
        Either<Seq<Violation>, RecallFlowId> id = FlowRequests.detail(tree(body));
        return id.isLeft() ? Outcome.invalid(id.getLeft()) : Outcome.of(platform().flowDetail(id.get()), answers::detail);
      }
      case UPDATE_FLOW: {
        Either<Seq<Violation>, Tuple2<RecallFlowId, RecallPlan>> edit = FlowRequests.update(tree(body));
        return edit.isLeft()
            ? Outcome.invalid(edit.getLeft())
            : Outcome.of(platform().editFlow(edit.get()._1, edit.get()._2), done -> answers.none());
      }
      case CANCEL_FLOW: {
        Either<Seq<Violation>, RecallCancellation> cancellation = FlowRequests.cancel(tree(body));
        return cancellation.isLeft()
            ? Outcome.invalid(cancellation.getLeft())
            : Outcome.of(platform().cancelFlow(cancellation.get()), done -> answers.none());
      }
      default:
        throw new IllegalStateException("no operation for " + endpoint);
    }
  }

  /** The platform, its clock caught up; taken after the body is read, so a long upload does not age the request. */
  private SimulatedPlatform platform() {
    return host.platform();
  }

  private static JsonValue tree(InputStream body) throws IOException {
    return Json.parse(body.readAllBytes());
  }

  private static Page<GroupCallTask> emptyPage(TaskRequests.TaskListing listing) {
    return new Page<>(List.empty(), listing.query().page().current(), listing.query().page().size(), 0, 0);
  }

  private String internalError(HttpExchange exchange, RuntimeException e) {
    Optional<Endpoint> endpoint = Endpoint.at(exchange.getRequestURI().getPath());
    try {
      if (endpoint.isPresent() && exchange.getResponseCode() == -1) {
        Exchanges.sendJson(exchange, 200, envelopes.pick(endpoint.get().envelope()).failure(PlatformCode.SYSTEM_EXCEPTION,
            "port program unusual: the emulator failed (" + e.getClass().getSimpleName() + ")"));
      }
    } catch (IOException | RuntimeException ignored) {
      // the client is gone or the answer was already started; the log line says what happened
    }
    return "emulator failure: " + e;
  }
}
