package io.voicecampaign.adapter.http.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import okio.ByteString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Redaction")
class RedactionTest {

  private final Redaction redaction = new Redaction(HttpConfig.builder().apiKey("bDqJFiq9").apiSecret("7bz1lzh9").build());

  @Test
  @DisplayName("masks callee numbers but their last four digits, and a number cut off entirely")
  void callees() {
    assertThat(Redaction.maskCallees("{\"calleeNumber\":\"463200000007\",\"text1\":\"a\"},{\"callee\": \"8613800138000\"}"))
        .isEqualTo("{\"calleeNumber\":\"********0007\",\"text1\":\"a\"},{\"callee\": \"*********8000\"}");
    assertThat(Redaction.maskCallees("[{\"calleeNumber\":\"4632000")).isEqualTo("[{\"calleeNumber\":\"*******");
  }

  @Test
  @DisplayName("removes the secret, the API key and sign-like tokens")
  void credentials() {
    String text = redaction.text("key bDqJFiq9 secret 7bz1lzh9 sign 05d7a50893e22a5c4bb3216ae3396c7c end");

    assertThat(text).doesNotContain("bDqJFiq9").doesNotContain("7bz1lzh9").doesNotContain("05d7a50893e22a5c4bb3216ae3396c7c")
        .isEqualTo("key <api-key> secret <hidden> sign <redacted> end");
  }

  @Test
  @DisplayName("keeps snippets to one bounded line with long digit runs masked")
  void snippets() {
    String body = "<html>\n<body>\tError for 13800138000 sign=05D7A50893E22A5C4BB3216AE3396C7C task 5000602 "
        + "x".repeat(500) + "</body></html>";

    String snippet = redaction.snippet(ByteString.encodeUtf8(body));

    assertThat(snippet).hasSizeLessThanOrEqualTo(Redaction.SNIPPET_CHARS + 3).endsWith("...")
        .doesNotContain("\n").doesNotContain("\t").contains("*******8000").contains("5000602").contains("<redacted>")
        .doesNotContain("13800138000");
  }

  @Test
  @DisplayName("leaves a short clean body whole")
  void shortBody() {
    assertThat(redaction.snippet(ByteString.encodeUtf8("{\"code\":0}"))).isEqualTo("{\"code\":0}");
  }
}
