package io.voicecampaign.adapter.http.core;

import okio.ByteString;

/**
 * The platform's answer envelope, read tolerantly: the code from {@code code} or {@code status} (a JSON
 * number or string), the message from {@code msg} or {@code reason}, and {@code data} kept as raw JSON
 * until the endpoint says what type it is.
 */
public final class Envelope {

  private final int code;
  private final String message;
  private final ByteString data;
  private final ByteString body;

  Envelope(int code, String message, ByteString data, ByteString body) {
    this.code = code;
    this.message = message;
    this.data = data;
    this.body = body;
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
    return data != null;
  }

  ByteString data() {
    return data;
  }

  ByteString body() {
    return body;
  }

  @Override
  public String toString() {
    return "Envelope[code=" + code + ", message=" + message + ", data=" + (data == null ? "none" : data.size() + " bytes") + "]";
  }
}
