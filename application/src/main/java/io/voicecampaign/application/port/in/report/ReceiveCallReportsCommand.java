package io.voicecampaign.application.port.in.report;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * One delivery of the platform's status-report push: the request body as received, and the
 * handler its new reports go to.
 *
 * @param body    the request body; read up to the decoder's size limit, not closed
 * @param handler the user's handler of the new reports
 */
public record ReceiveCallReportsCommand(InputStream body, CallReportHandler handler) {

  public ReceiveCallReportsCommand {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(handler, "handler == null");
  }

  /** A delivery whose body was read into {@code body} (a web framework's {@code byte[]} request body). */
  public static ReceiveCallReportsCommand of(byte[] body, CallReportHandler handler) {
    return new ReceiveCallReportsCommand(new ByteArrayInputStream(Objects.requireNonNull(body, "body == null")), handler);
  }

  /** A delivery whose body is read from {@code body} (a servlet's or the JDK server's request stream). */
  public static ReceiveCallReportsCommand of(InputStream body, CallReportHandler handler) {
    return new ReceiveCallReportsCommand(body, handler);
  }
}
