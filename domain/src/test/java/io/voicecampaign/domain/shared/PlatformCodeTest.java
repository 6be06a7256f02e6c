package io.voicecampaign.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PlatformCode")
class PlatformCodeTest {

  @ParameterizedTest(name = "{0} is {1}, retryable={3}")
  @CsvSource(delimiter = '|', value = {
      "0   | SUCCESS                    | success                                               | false",
      "-1  | AUTHENTICATION_ERROR       | authentication error                                  | false",
      "-2  | IP_RESTRICTED              | restricted IP access                                  | false",
      "-16 | TIMESTAMP_EXPIRED          | timestamp expired                                     | true",
      "-18 | SYSTEM_EXCEPTION           | system exception (port program unusual)               | true",
      "-20 | DATA_EXISTS                | data existing                                         | false",
      "-21 | DATA_VALIDATION_FAILED     | data validation exception                             | false",
      "-22 | PARAMETER_EXCEPTION        | parameter exception                                   | false",
      "-23 | DATA_CAPS                  | data caps                                             | false",
      "-24 | DATA_NOT_FOUND             | data unexisting                                       | false",
      "-26 | FEE_UNAVAILABLE            | getting fee failed                                    | true",
      "-34 | NO_CALLABLE_NUMBER         | no callable number when the task was ended last time | false",
      "-37 | CONCURRENT_TASK_LIMIT      | maximum concurrent task limit                         | true",
      "-38 | TEXT_AND_LANGUAGE_REQUIRED | conversion text and language type are required        | false",
      "-39 | TEXT_LANGUAGE_UNKNOWN      | failed to obtain the text language type               | false",
      "-41 | TASK_NAME_EXISTS           | task name already exists                              | false",
      "-42 | RECALL_NOT_ALLOWED         | recall is allowed only when the task is cancelled or completed | false",
      "-54 | TASK_INVALID               | the submitted task is wrong                           | false",
      "-60 | TEMPLATE_NOT_FOUND         | the AI speech template does not exist                 | false",
      "-68 | INTENT_MISMATCH            | AI agent industry intent does not match recall intent | false",
  })
  @DisplayName("every documented code carries its name, meaning and whether a retry can help")
  void documentedCode(int code, String name, String meaning, boolean retryable) {
    PlatformCode platformCode = PlatformCode.of(code);

    assertThat(platformCode.isKnown()).isTrue();
    assertThat(platformCode.name()).isEqualTo(name);
    assertThat(platformCode.meaning()).contains(meaning);
    assertThat(platformCode.retryable()).isEqualTo(retryable);
    assertThat(platformCode).hasToString(name + "(" + code + ")");
    assertThat(platformCode.isSuccess()).isEqualTo(code == 0);
  }

  @Test
  @DisplayName("the documented list holds exactly the twenty codes of the group-call pages, 0 first")
  void documentedList() {
    assertThat(PlatformCode.documented().map(PlatformCode::code))
        .containsExactly(0, -1, -2, -16, -18, -20, -21, -22, -23, -24, -26, -34, -37, -38, -39, -41, -42, -54, -60, -68);
  }

  @Test
  @DisplayName("the named constants are the documented codes")
  void constants() {
    assertThat(PlatformCode.TASK_NAME_EXISTS).isEqualTo(PlatformCode.of(-41));
    assertThat(PlatformCode.RECALL_NOT_ALLOWED.code()).isEqualTo(-42);
    assertThat(PlatformCode.CONCURRENT_TASK_LIMIT.code()).isEqualTo(-37);
    assertThat(PlatformCode.TIMESTAMP_EXPIRED.code()).isEqualTo(-16);
  }

  @ParameterizedTest(name = "{0} is kept as unknown({0})")
  @ValueSource(ints = {-3, -4, -13, -35, -74, -77, 1, 200, Integer.MIN_VALUE})
  @DisplayName("an undocumented code is kept as unknown(n), never an error, and is not retried")
  void unknownCode(int code) {
    PlatformCode platformCode = PlatformCode.of(code);

    assertThat(platformCode.isKnown()).isFalse();
    assertThat(platformCode.code()).isEqualTo(code);
    assertThat(platformCode.name()).isEqualTo("UNKNOWN");
    assertThat(platformCode.meaning()).isEqualTo("undocumented platform code " + code);
    assertThat(platformCode.retryable()).isFalse();
    assertThat(platformCode.isSuccess()).isFalse();
    assertThat(platformCode).hasToString("unknown(" + code + ")");
  }
}
