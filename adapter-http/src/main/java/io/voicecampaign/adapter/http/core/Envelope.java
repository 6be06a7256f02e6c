package io.voicecampaign.adapter.http.core;

import okio.ByteString;

/**
 * The platform's answer envelope, read tolerantly: the code from {@code code} or {@code status} (a JSON
 * number or string), the message from {@code msg} or {@code reason}, and {@code data} either already
 * read into the wire type the call expects (when the answer was read knowing it) or kept as raw JSON
 * until the endpoint says what type it is.
 */
public final class Envelope {

  private final int code;
  private final String message;
  private final ByteString data;
  private final Object decoded;
  private final ByteString body;

  Envelope(int code, String message, ByteString data, ByteString body) {
    this(code, message, data, null, body);
  }

  private Envelope(int code, String message, ByteString data, Object decoded, ByteString body) {
    this.code = code;
    this.message = message;
    this.data = data;
    this.decoded = decoded;
    this.body = body;
  }

  /** An envelope whose data has already been read into its wire type, {@code decoded}. */
  static Envelope withReadData(int code, String message, Object decoded, ByteString body) {
    return new Envelope(code, message, null, decoded, body);
  }

  /** The platform's code; 0 is success. */
  public int code() {
    return code;
  }

  /** The platform's message, possibly empty. */
  public String message() {
    return message;
  }

  /** True when {@code data} is present and not JSON {@code null}. */
  public boolean hasData() {
    return data != null || decoded != null;
  }

  /** The raw JSON of the data; null when there is none or it was read already. */
  ByteString data() {
    return data;
  }

  /** The data already read into its wire type; null when it is kept raw or absent. */
  Object decoded() {
    return decoded;
  }

  ByteString body() {
    return body;
  }

  @Override
  public String toString() {
    return "Envelope[code=" + code + ", message=" + message + ", data=" + (decoded != null ? "read" : data == null ? "none" : data.size() + " bytes") + "]";
  }
}
