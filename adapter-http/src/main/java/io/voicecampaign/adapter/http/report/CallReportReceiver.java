package io.voicecampaign.adapter.http.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.voicecampaign.application.port.in.report.CallReportHandler;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsCommand;
import io.voicecampaign.application.port.in.report.ReceiveCallReportsUseCase;
import io.voicecampaign.application.port.in.report.ReportAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The status-report push endpoint for the JDK's HTTP server ({@code com.sun.net.httpserver}): a
 * POST's body goes to the use case as a stream, read no further than the decoder's size limit, and
 * the answer's status is replied with its reason as a line of plain text. Any other method is
 * answered 405.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8081), 0);
 * server.createContext("/voice/reports", CallReportReceiver.of(campaigns.receiveCallReports(), reports -> store(reports)));
 * server.setExecutor(Executors.newFixedThreadPool(4));
 * server.start();
 * }</pre>
 *
 * <p>Give the server an executor: without one, every delivery waits for the one before it. An
 * exception or error that escapes the use case (only an {@link Error} of the handler can) ends that
 * exchange alone, answered 500, so that the server's dispatcher thread lives on. Thread-safe.
 */
public final class CallReportReceiver implements HttpHandler {

  private static final System.Logger LOG = System.getLogger("io.voicecampaign.report");

  private final ReceiveCallReportsUseCase useCase;
  private final CallReportHandler handler;

  private CallReportReceiver(ReceiveCallReportsUseCase useCase, CallReportHandler handler) {
    this.useCase = useCase;
    this.handler = handler;
  }

  /** A receiver handing each delivery's new reports to {@code handler} through {@code useCase}. */
  public static CallReportReceiver of(ReceiveCallReportsUseCase useCase, CallReportHandler handler) {
    return new CallReportReceiver(Objects.requireNonNull(useCase, "useCase == null"), Objects.requireNonNull(handler, "handler == null"));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        reply(exchange, 405, "the status-report push is a POST");
        return;
      }
      ReportAnswer answer;
      try (InputStream body = exchange.getRequestBody()) {
        answer = useCase.receive(ReceiveCallReportsCommand.of(body, handler));
      } catch (RuntimeException | Error e) {
        LOG.log(System.Logger.Level.WARNING, "a status-report delivery failed: " + e.getClass().getName(), e);
        reply(exchange, 500, "the delivery failed (" + e.getClass().getName() + "); deliver it again");
        return;
      }
      reply(exchange, answer.status(), answer.reason());
    }
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public String toString() {
    return "CallReportReceiver[" + useCase + "]";
  }
}
