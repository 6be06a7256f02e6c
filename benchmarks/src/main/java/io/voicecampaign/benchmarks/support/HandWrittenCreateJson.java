package io.voicecampaign.benchmarks.support;

import com.squareup.moshi.JsonWriter;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The create body ({@code send/agent}) written by hand with a Moshi {@link JsonWriter}, straight from
 * the strings a user holds: what a careful user would write without the SDK, checking nothing. It
 * writes the fields the SDK writes for a {@link CalleeFixtures} campaign (default call limits,
 * recording on, no send time, windows or recall plan), in the same order, so the bytes are the same.
 */
public final class HandWrittenCreateJson {

  private HandWrittenCreateJson() {}

  /** Writes the body for {@code callees} under {@code taskName} to {@code sink}, and flushes. */
  public static void write(String taskName, RawCallees callees, BufferedSink sink) throws IOException {
    JsonWriter json = JsonWriter.of(sink);
    json.beginObject();
    json.name("appId").value(CalleeFixtures.APP_ID);
    json.name("taskName").value(taskName);
    json.name("maxCalls").value(300);
    json.name("maxRingingTime").value(60);
    json.name("agentId").value(CalleeFixtures.AGENT_ID);
    json.name("enableRecording").value(1);
    json.name("calloutRate").value(1);
    json.name("numberInfoList").beginArray();
    for (int i = 0, n = callees.size(); i < n; i++) {
      json.beginObject();
      json.name("calleeNumber").value(callees.number(i));
      json.name("text1").value(callees.text1(i));
      json.name("text2").value(callees.text2(i));
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.flush();
  }

  /** The body's bytes, for checks and sizes outside any measurement. */
  public static byte[] bytes(String taskName, RawCallees callees) {
    Buffer buffer = new Buffer();
    try {
      write(taskName, callees, buffer);
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory buffer does not fail", e);
    }
    return buffer.readByteArray();
  }
}
