package io.voicecampaign.adapter.http.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetail;
import io.voicecampaign.adapter.http.recall.wire.RecallNodeRecord;
import io.voicecampaign.adapter.http.task.wire.TaskPage;
import io.voicecampaign.adapter.http.task.wire.TaskQueryRequest;
import io.voicecampaign.adapter.http.task.wire.TaskRecord;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The wire record reader")
class WireRecordAdapterFactoryTest {

  private static final Moshi OURS = new Moshi.Builder().add(new WireRecordAdapterFactory()).build();
  private static final Moshi MOSHIS = new Moshi.Builder().build();

  @Test
  @DisplayName("takes the wire records the adapter reads, and leaves records with primitive components to Moshi")
  void choosesRecords() {
    assertThat(OURS.adapter(TaskPage.class).toString()).contains("WireRecordAdapter(" + TaskPage.class.getName());
    assertThat(OURS.adapter(TaskRecord.class).toString()).contains("WireRecordAdapter");
    assertThat(OURS.adapter(RecallFlowDetail.class).toString()).contains("WireRecordAdapter");
    assertThat(OURS.adapter(TaskQueryRequest.class).toString()).doesNotContain("WireRecordAdapter");
    assertThat(OURS.adapter(String.class).toString()).doesNotContain("WireRecordAdapter");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"total\":2,\"size\":1,\"current\":1,\"pages\":2,\"records\":[{\"taskId\":7,\"taskName\":\"a\",\"status\":1,"
          + "\"rate\":\"5\",\"numCnt\":10,\"callNum\":5,\"success\":4,\"fail\":1,\"createdTime\":\"2024-06-04 14:49:36\","
          + "\"scriptId\":12,\"taskType\":3}]}",
      "{\"records\":[{\"jobId\":\"8\",\"taskName\":9,\"status\":\"2\",\"extra\":{\"a\":[1,{\"b\":null}]}}],\"searchCount\":true}",
      "{\"records\":[{\"taskId\":1,\"taskId\":2,\"taskName\":null}],\"total\":null}",
      "{\"records\":[null,{}]}",
      "{\"records\":null}",
      "{}",
  })
  @DisplayName("reads exactly what Moshi's own record adapter reads")
  void readsLikeMoshi(String json) throws IOException {
    assertThat(OURS.adapter(TaskPage.class).fromJson(json)).isEqualTo(MOSHIS.adapter(TaskPage.class).fromJson(json));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"records\":[{\"taskId\":\"seven\"}]}",
      "{\"records\":[{\"status\":1.5}]}",
      "{\"records\":[{\"numCnt\":99999999999999999999}]}",
      "{\"records\":[{\"taskName\":{}}]}",
      "{\"records\":{}}",
      "{\"records\":[[]]}",
      "[]",
      "\"page\"",
  })
  @DisplayName("fails with the same message as Moshi's own record adapter, path included")
  void failsLikeMoshi(String json) {
    Throwable ours = catchThrowable(() -> OURS.adapter(TaskPage.class).fromJson(json));
    Throwable moshis = catchThrowable(() -> MOSHIS.adapter(TaskPage.class).fromJson(json));

    assertThat(ours).isInstanceOf(JsonDataException.class);
    assertThat(ours).hasSameClassAs(moshis).hasMessage(moshis.getMessage());
  }

  @Test
  @DisplayName("fails on malformed JSON as Moshi does")
  void malformed() {
    assertThatThrownBy(() -> OURS.adapter(TaskPage.class).fromJson("{\"records\":[{\"taskId\":1,}]}"))
        .isInstanceOf(IOException.class);
  }

  @Test
  @DisplayName("writes exactly what Moshi's own record adapter writes, null components omitted")
  void writesLikeMoshi() {
    RecallFlowDetail detail = new RecallFlowDetail(1L, 0, null, 30, 2, List.of(new RecallNodeRecord(1427L, null, 2, 123L)));
    JsonAdapter<RecallFlowDetail> ours = OURS.adapter(RecallFlowDetail.class);

    assertThat(ours.toJson(detail)).isEqualTo(MOSHIS.adapter(RecallFlowDetail.class).toJson(detail));
    assertThat(ours.toJson(detail)).doesNotContain("null");
  }
}
