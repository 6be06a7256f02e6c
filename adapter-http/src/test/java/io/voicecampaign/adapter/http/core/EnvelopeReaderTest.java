package io.voicecampaign.adapter.http.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.task.wire.TaskPage;
import io.voicecampaign.adapter.http.task.wire.TaskRecord;
import io.vavr.control.Either;
import okio.ByteString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The envelope reader")
class EnvelopeReaderTest {

  private static final JsonAdapter<TaskPage> PAGES =
      new Moshi.Builder().add(new WireRecordAdapterFactory()).build().adapter(TaskPage.class);

  private static Either<String, Envelope> read(String json) {
    return EnvelopeReader.read(ByteString.encodeUtf8(json));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "E1 status as a string, reason | {\"status\":\"0\",\"reason\":\"success\",\"data\":123123} | 0 | success | 123123",
      "E2 status as a number, reason | {\"status\":0,\"reason\":\"success\",\"data\":null}        | 0 | success |",
      "E3 code as a number, msg      | {\"code\":0,\"msg\":\"success\",\"data\":{\"a\":[1,2]}}  | 0 | success | {\"a\":[1,2]}",
      "E4 code as a string, msg      | {\"code\":\"0\",\"msg\":\"success\",\"data\":null}       | 0 | success |",
      "a negative code as a string   | {\"status\":\"-16\",\"reason\":\"timestamp expires\"}    | -16 | timestamp expires |",
      "code and reason mixed         | {\"code\":-22,\"reason\":\"Parameter exception\"}         | -22 | Parameter exception |",
      "unknown fields around         | {\"x\":{\"y\":[1]},\"code\":0,\"traceId\":\"abc\",\"msg\":\"ok\",\"data\":\"t\"} | 0 | ok | \"t\"",
      "a whole-number double code    | {\"code\":-18.0,\"msg\":\"busy\"}                           | -18 | busy |",
      "msg preferred to reason       | {\"code\":1,\"msg\":\"m\",\"reason\":\"r\"}                 | 1 | m |",
  })
  @DisplayName("reads every envelope shape")
  void shapes(String name, String json, int code, String message, String data) {
    Envelope envelope = read(json).get();

    assertThat(envelope.code()).isEqualTo(code);
    assertThat(envelope.message()).isEqualTo(message);
    assertThat(envelope.hasData()).isEqualTo(data != null);
    if (data != null) {
      assertThat(envelope.data().utf8()).isEqualTo(data);
    }
  }

  @Test
  @DisplayName("prefers code to status when both are present, and reads a null message as empty")
  void codeBeforeStatus() {
    Envelope envelope = read("{\"status\":\"-1\",\"code\":\"0\",\"msg\":null}").get();

    assertThat(envelope.code()).isZero();
    assertThat(envelope.message()).isEmpty();
    assertThat(envelope.hasData()).isFalse();
  }

  @Test
  @DisplayName("skips a UTF-8 byte order mark")
  void byteOrderMark() {
    ByteString body = new okio.Buffer().write(ByteString.decodeHex("efbbbf")).writeUtf8("{\"code\":0,\"msg\":\"ok\"}").readByteString();

    assertThat(EnvelopeReader.read(body).get().code()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "empty              | ''                                        | empty",
      "blank              | '   '                                     | blank",
      "HTML               | <html><body>502 Bad Gateway</body></html> | markup",
      "truncated          | {\"code\":0,\"msg\":\"succ                | truncated",
      "truncated in data  | {\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{      | truncated",
      "not JSON           | hello                                     | not well-formed",
      "an array           | [1,2,3]                                   | array, not an object",
      "a number           | 42                                        | number, not an object",
      "no code            | {\"msg\":\"success\",\"data\":1}          | neither a code nor a status",
      "code not a number  | {\"code\":\"ok\"}                         | 'ok' is not an integer",
      "code a fraction    | {\"code\":1.5}                            | not a whole number",
      "code overflowing   | {\"code\":99999999999}                    | not a whole number",
      "code an object     | {\"code\":{}}                             | object, not a number",
      "trailing content   | {\"code\":0,\"msg\":\"\"}{\"code\":1}   | follows",
      "a code, no message | {\"code\":7,\"data\":5}               | a code but no msg or reason",
      "Spring Boot error  | {\"timestamp\":\"2026-12-02T10:15:30.123+00:00\",\"status\":500,\"error\":\"Internal Server Error\",\"path\":\"/v3/voice/group/call/query\"} | a status but no msg or reason",
      "Spring Boot 404    | {\"timestamp\":1764670530123,\"status\":404,\"error\":\"Not Found\",\"message\":\"No static resource v3/voice/x.\",\"path\":\"/v3/voice/x\"} | not a platform envelope",
  })
  @DisplayName("says why a body is not an envelope")
  void notAnEnvelope(String name, String body, String reason) {
    assertThat(read(body).getLeft()).contains(reason);
  }

  @Test
  @DisplayName("given the data's wire type, reads the data into it in the same pass")
  void readsDataInOnePass() {
    Envelope envelope = EnvelopeReader.read(ByteString.encodeUtf8(
        "{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":7}],\"total\":1},\"msg\":\"ok\"}"), PAGES).get();

    assertThat(envelope.code()).isZero();
    assertThat(envelope.message()).isEqualTo("ok");
    assertThat(envelope.hasData()).isTrue();
    assertThat(envelope.data()).isNull();
    assertThat(envelope.decoded()).isInstanceOfSatisfying(TaskPage.class, page -> {
      assertThat(page.total()).isEqualTo(1L);
      assertThat(page.records()).extracting(TaskRecord::taskId).containsExactly(7L);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "data of another shape, code after it | {\"data\":[1,2],\"code\":-22,\"msg\":\"bad\"}     | -22 | [1,2]",
      "a wrong type inside the data         | {\"code\":0,\"msg\":\"success\",\"data\":{\"total\":\"many\"}}          | 0   | {\"total\":\"many\"}",
      "a string where the page should be    | {\"code\":-1,\"msg\":\"\",\"data\":\"\"}                              | -1  | \"\"",
  })
  @DisplayName("when the data is not its wire type, still judges the code and keeps the data raw")
  void keepsUnreadableDataRaw(String name, String json, int code, String data) {
    Envelope envelope = EnvelopeReader.read(ByteString.encodeUtf8(json), PAGES).get();

    assertThat(envelope.code()).isEqualTo(code);
    assertThat(envelope.decoded()).isNull();
    assertThat(envelope.data().utf8()).isEqualTo(data);
  }

  @Test
  @DisplayName("with a wire type, a null data is no data, and a broken body is judged as without one")
  void wireTypeChangesNothingElse() {
    assertThat(EnvelopeReader.read(ByteString.encodeUtf8("{\"code\":0,\"msg\":\"success\",\"data\":null}"), PAGES).get().hasData()).isFalse();
    assertThat(EnvelopeReader.read(ByteString.encodeUtf8("{\"code\":0,\"msg\":\"success\",\"data\":{\"total\":1"), PAGES).getLeft())
        .isEqualTo(read("{\"code\":0,\"msg\":\"success\",\"data\":{\"total\":1").getLeft());
  }
}
