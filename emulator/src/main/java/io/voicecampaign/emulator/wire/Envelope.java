package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.emulator.json.JsonWriter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The four envelopes the vendor pages show (REFERENCE.md's E1-E4), for successes and refusals alike:
 * <ul>
 *   <li>{@link #STATUS_AS_STRING}: {@code {"status":"0","reason":"success","data":...}} ({@code send/agent})</li>
 *   <li>{@link #STATUS_AS_NUMBER}: {@code {"status":0,"reason":"success","data":...}} (IVR recall-flow examples;
 *       no endpoint the emulator serves documents it, so only {@link Envelopes} other than documented use it)</li>
 *   <li>{@link #CODE_AS_NUMBER}: {@code {"code":0,"msg":"success","data":...}} (task list, every recall-flow
 *       endpoint)</li>
 *   <li>{@link #CODE_AS_STRING}: {@code {"code":"0","msg":"success","data":null}} ({@code group/call/cancel})</li>
 * </ul>
 */
public enum Envelope {
  /** {@code status} as a string, {@code reason}. */
  STATUS_AS_STRING("status", "reason", true),
  /** {@code status} as a number, {@code reason}. */
  STATUS_AS_NUMBER("status", "reason", false),
  /** {@code code} as a number, {@code msg}. */
  CODE_AS_NUMBER("code", "msg", false),
  /** {@code code} as a string, {@code msg}. */
  CODE_AS_STRING("code", "msg", true);

  private static final String SUCCESS = "success";

  private final String codeKey;
  private final String messageKey;
  private final boolean codeAsString;

  Envelope(String codeKey, String messageKey, boolean codeAsString) {
    this.codeKey = codeKey;
    this.messageKey = messageKey;
    this.codeAsString = codeAsString;
  }

  /** A success whose {@code data} {@code writeData} writes (exactly one value, {@code null} included). */
  public byte[] success(Consumer<JsonWriter> writeData) {
    Objects.requireNonNull(writeData, "writeData == null");
    JsonWriter json = head(0, SUCCESS);
    writeData.accept(json);
    return json.endObject().toUtf8();
  }

  /** A refusal with {@code code} and {@code reason}, {@code data} null. */
  public byte[] failure(PlatformCode code, String reason) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(reason, "reason == null");
    return head(code.code(), reason).nullValue().endObject().toUtf8();
  }

  private JsonWriter head(int code, String message) {
    JsonWriter json = new JsonWriter().beginObject().name(codeKey);
    if (codeAsString) {
      json.value(Integer.toString(code));
    } else {
      json.value(code);
    }
    return json.name(messageKey).value(message).name("data");
  }
}
