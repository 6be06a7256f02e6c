package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Redaction")
class RedactionTest {

  @Test
  @DisplayName("masks runs of six or more digits and keeps shorter ones")
  void digitRuns() {
    assertThat(Redaction.mask("callee 463200000007, code 46, at 12345 and 123456"))
        .isEqualTo("callee ************, code 46, at 12345 and ******");
    assertThat(Redaction.mask("+86 138 0013 8000")).isEqualTo("+86 138 0013 8000");
    assertThat(Redaction.mask("123456789012345678")).isEqualTo("*".repeat(18));
  }

  @Test
  @DisplayName("turns control characters into spaces so that a snippet stays on one line")
  void oneLine() {
    assertThat(Redaction.mask("a\nb\tc\u0000d")).isEqualTo("a b c d");
  }

  @Test
  @DisplayName("a snippet is the body's start, masked, cut to 200 characters")
  void snippet() {
    byte[] body = ("[{\"callee\":\"463200000007\",\"pad\":\"" + "x".repeat(300) + "\"}]").getBytes(StandardCharsets.UTF_8);
    String snippet = Redaction.snippet(body, body.length);

    assertThat(snippet).startsWith("[{\"callee\":\"************\"").endsWith("...").hasSize(203);
  }

  @Test
  @DisplayName("a phone number cut by the snippet's end is masked whole, no digit of it shown")
  void runAtCut() {
    byte[] body = ("x".repeat(197) + "463200000007\"}]").getBytes(StandardCharsets.UTF_8);

    assertThat(Redaction.snippet(body, body.length)).isEqualTo("x".repeat(197) + "***...");
  }

  @Test
  @DisplayName("only the given length of the body is shown, decoded as UTF-8 with bad bytes replaced")
  void decoding() {
    byte[] body = "呼叫 ok".getBytes(StandardCharsets.UTF_8);

    assertThat(Redaction.snippet(body, body.length)).isEqualTo("呼叫 ok");
    assertThat(Redaction.snippet(new byte[] {'a', (byte) 0xC3}, 2)).isEqualTo("a\uFFFD");
    assertThat(Redaction.snippet(body, 3)).isEqualTo("呼");
    assertThat(Redaction.snippet(new byte[0], 0)).isEmpty();
  }
}
