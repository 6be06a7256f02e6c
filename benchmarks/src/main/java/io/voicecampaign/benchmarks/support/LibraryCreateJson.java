package io.voicecampaign.benchmarks.support;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.NumberConverter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.voicecampaign.benchmarks.support.HandWrittenRules.HandCallee;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The create body written from hand-written records by the fastest Java JSON libraries, as a careful
 * user would write it without the SDK: DSL-JSON's {@link JsonWriter} driven field by field (what its
 * compiled writers emit, with the keys pre-encoded), and Jackson's streaming {@link JsonGenerator}.
 * Both write the fields {@link HandWrittenCreateJson} writes, in the same order, so the bytes are the same.
 */
public final class LibraryCreateJson {

  private static final JsonFactory JACKSON = new JsonFactory();
  private static final byte[] CALLEE_NUMBER = ascii("{\"calleeNumber\":");
  private static final byte[] TEXT1 = ascii(",\"text1\":");
  private static final byte[] TEXT2 = ascii(",\"text2\":");

  private LibraryCreateJson() {}

  /** A DSL-JSON writer with a 64 KiB buffer, reused from one body to the next as its docs advise. */
  public static JsonWriter dslJsonWriter() {
    return new DslJson<>().newWriter(64 * 1024);
  }

  /** Writes the body with DSL-JSON's {@code writer} into {@code out}, and flushes. */
  public static void dslJson(JsonWriter writer, String taskName, HandCallee[] callees, OutputStream out) {
    writer.reset(out);
    writer.writeAscii("{\"appId\":");
    writer.writeString(CalleeFixtures.APP_ID);
    writer.writeAscii(",\"taskName\":");
    writer.writeString(taskName);
    writer.writeAscii(",\"maxCalls\":");
    NumberConverter.serialize(300, writer);
    writer.writeAscii(",\"maxRingingTime\":");
    NumberConverter.serialize(60, writer);
    writer.writeAscii(",\"agentId\":");
    NumberConverter.serialize(CalleeFixtures.AGENT_ID, writer);
    writer.writeAscii(",\"enableRecording\":1,\"calloutRate\":1,\"numberInfoList\":[");
    for (int i = 0; i < callees.length; i++) {
      if (i > 0) {
        writer.writeByte(JsonWriter.COMMA);
      }
      HandCallee callee = callees[i];
      writer.writeAscii(CALLEE_NUMBER);
      writer.writeString(callee.number());
      writer.writeAscii(TEXT1);
      writer.writeString(callee.text1());
      writer.writeAscii(TEXT2);
      writer.writeString(callee.text2());
      writer.writeByte(JsonWriter.OBJECT_END);
    }
    writer.writeAscii("]}");
    writer.flush();
  }

  /** Writes the body with a Jackson streaming generator into {@code out}, and flushes. */
  public static void jackson(String taskName, HandCallee[] callees, OutputStream out) throws IOException {
    try (JsonGenerator json = JACKSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("appId", CalleeFixtures.APP_ID);
      json.writeStringField("taskName", taskName);
      json.writeNumberField("maxCalls", 300);
      json.writeNumberField("maxRingingTime", 60);
      json.writeNumberField("agentId", CalleeFixtures.AGENT_ID);
      json.writeNumberField("enableRecording", 1);
      json.writeNumberField("calloutRate", 1);
      json.writeArrayFieldStart("numberInfoList");
      for (HandCallee callee : callees) {
        json.writeStartObject();
        json.writeStringField("calleeNumber", callee.number());
        json.writeStringField("text1", callee.text1());
        json.writeStringField("text2", callee.text2());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** The bytes DSL-JSON writes, for checks outside any measurement. */
  public static byte[] dslJsonBytes(String taskName, HandCallee[] callees) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dslJson(dslJsonWriter(), taskName, callees, out);
    return out.toByteArray();
  }

  /** The bytes Jackson writes, for checks outside any measurement. */
  public static byte[] jacksonBytes(String taskName, HandCallee[] callees) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      jackson(taskName, callees, out);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory stream does not fail", e);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
