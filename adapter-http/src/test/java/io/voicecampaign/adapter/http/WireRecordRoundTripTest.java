package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowCancelRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetail;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetailRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowPage;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowQueryParams;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowQueryRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowRecord;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowUpdateRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallNodeRecord;
import io.voicecampaign.adapter.http.recall.wire.RecallNodeUpdate;
import io.voicecampaign.adapter.http.task.wire.CancelTasksRequest;
import io.voicecampaign.adapter.http.task.wire.TaskPage;
import io.voicecampaign.adapter.http.task.wire.TaskQueryParams;
import io.voicecampaign.adapter.http.task.wire.TaskQueryRequest;
import io.voicecampaign.adapter.http.task.wire.TaskRecord;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every wire record survives a round trip through Moshi")
class WireRecordRoundTripTest {

  private static final Moshi MOSHI = new Moshi.Builder().build();

  static Stream<Record> records() {
    TaskRecord task = new TaskRecord(5000602L, null, "a", 1, "35", 10L, 5L, 4L, 1L, "2024-06-04 14:49:36", 12L, 3);
    RecallFlowRecord flow = new RecallFlowRecord(298L, 5009611L, "t", "2025-08-17 19:30:13", 0, 30, 6, 1, 1);
    RecallNodeRecord node = new RecallNodeRecord(1427L, 5009612L, 2, 123L);
    return Stream.of(
        new TaskQueryRequest(1, 10, new TaskQueryParams("2024-01-01 00:00:00", "2024-06-03 15:13:01", 3, List.of(0, 1), 7L, "x")),
        new TaskQueryParams("a", "b", null, List.of(), null, null),
        new CancelTasksRequest(List.of(123L, 456L)),
        task,
        new TaskPage(574L, 1, 1, 574, List.of(task)),
        new RecallFlowQueryRequest(1, 10, new RecallFlowQueryParams("a", "b", "1111")),
        new RecallFlowQueryParams("a", "b", null),
        new RecallFlowDetailRequest(12),
        new RecallFlowUpdateRequest(299, 0, 30, 1, List.of("101"), List.of(new RecallNodeUpdate(123))),
        new RecallNodeUpdate(41),
        new RecallFlowCancelRequest(3, 1427),
        flow,
        new RecallFlowPage(574L, 1, 1, 574, List.of(flow)),
        node,
        new RecallFlowDetail(1L, 1, 1, 1, 1, List.of(node)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  @DisplayName("writes and reads back to an equal record")
  @SuppressWarnings("unchecked")
  void roundTrips(Record record) throws IOException {
    var adapter = MOSHI.adapter((Class<Record>) record.getClass());

    assertThat(adapter.fromJson(adapter.toJson(record))).isEqualTo(record);
  }
}
