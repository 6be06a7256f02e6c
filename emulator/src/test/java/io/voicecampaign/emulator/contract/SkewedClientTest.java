package io.voicecampaign.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The HTTP adapter on a machine whose clock is two hours behind, against the emulator")
class SkewedClientTest {

  @Test
  @DisplayName("is refused with -16 once, learns the offset from the emulator's Date header, re-signs and succeeds")
  void correctsItsClock() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    try (Emulator emulator = EmulatorFixtures.start(EmulatorFixtures.config().requestLog(log::add).build())) {
      HttpConfig config = HttpConfig.builder().baseUrl(emulator.baseUrl().toString()).apiKey(emulator.config().apiKey())
          .apiSecret(emulator.config().apiSecret()).build();
      HttpGateways behind = HttpVoiceCampaigns.gateways(config, Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));
      TaskQuery query = TaskQuery.within(TimeRange.between(EmulatorFixtures.PLATFORM_START, EmulatorFixtures.PLATFORM_START), 10);

      Either<GatewayFailure, Page<GroupCallTask>> first = behind.groupCalls().queryTasks(query);
      Either<GatewayFailure, Page<GroupCallTask>> second = behind.groupCalls().queryTasks(query);

      assertThat(first.isRight()).as("%s", first).isTrue();
      assertThat(second.isRight()).as("%s", second).isTrue();
      assertThat(emulator.platform().requestCount(Operation.QUERY_TASKS)).as("refused requests never reach the platform")
          .isEqualTo(2);
      assertThat(log.get(0)).as("the first attempt is refused").contains("TIMESTAMP_EXPIRED(-16)");
      assertThat(log.stream().filter(line -> line.contains("-16"))).as("once corrected, the clock stays corrected: %s", log)
          .hasSize(1);
    }
  }
}
