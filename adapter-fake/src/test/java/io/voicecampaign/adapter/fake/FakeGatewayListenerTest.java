package io.voicecampaign.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.GatewayEvent;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The simulator's gateways report their calls to listeners as the HTTP transport does")
class FakeGatewayListenerTest {

  private final List<GatewayEvent> events = new ArrayList<>();
  private final List<GatewayEvent> second = new ArrayList<>();
  private final FakeVoiceCampaigns fake = FakeVoiceCampaigns.create(PlatformFixtures.SEED, PlatformFixtures.clock(),
      PlatformOptions.defaults().withConcurrentTaskLimit(1), GatewayListeners.of(events::add, second::add));

  private static List<String> names(List<GatewayEvent> events) {
    return events.stream().map(e -> e.endpoint() + " " + e.getClass().getSimpleName()).toList();
  }

  private Failure launch(String name) {
    return fake.launchCampaign().launch(new LaunchCampaignCommand(PlatformFixtures.build(PlatformFixtures.campaign(name, 2))))
        .swap().getOrNull();
  }

  @Test
  @DisplayName("a launch and a listing: started, one attempt, decoded, finished; every listener hears the same")
  void succeeded() {
    assertThat(launch("listened")).isNull();
    fake.listTasks().page(new ListTasksCommand(TaskQuery.within(
        TimeRange.between(PlatformFixtures.START, PlatformFixtures.START.plus(Duration.ofHours(1))), 10)));

    assertThat(names(events)).containsExactly(
        "LAUNCH CallStarted", "LAUNCH AttemptSent", "LAUNCH AnswerDecoded", "LAUNCH CallFinished",
        "QUERY_TASKS CallStarted", "QUERY_TASKS AttemptSent", "QUERY_TASKS AnswerDecoded", "QUERY_TASKS CallFinished");
    assertThat(second).isEqualTo(events);
    assertThat(events.get(3)).isInstanceOfSatisfying(GatewayEvent.CallFinished.class, finished -> {
      assertThat(finished.succeeded()).isTrue();
      assertThat(finished.attempts()).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("-37 at the concurrent-task limit and an injected -18 reach the listener with their codes")
  void refusals() {
    launch("first");
    assertThat(launch("second")).isNotNull();
    fake.platform().injectFault(Operation.LAUNCH, 1, Fault.answer(PlatformCode.SYSTEM_EXCEPTION, "busy"));
    launch("third");

    // after the -18 the launch use case re-sends the create and settles it by name: more calls follow
    List<String> outcomes = events.stream().filter(e -> e instanceof GatewayEvent.CallFinished && e.endpoint() == Endpoint.LAUNCH)
        .map(e -> ((GatewayEvent.CallFinished) e).failure().map(Object::toString).getOrElse("success")).toList();
    assertThat(outcomes).startsWith("success", "REJECTED(-37)", "UNAVAILABLE(-18)").hasSizeGreaterThan(3);
    assertThat(events).filteredOn(GatewayEvent.AttemptFailed.class::isInstance)
        .extracting(e -> ((GatewayEvent.AttemptFailed) e).reason().toString())
        .startsWith("REJECTED(-37)", "UNAVAILABLE(-18)");
    assertThat(events).allSatisfy(e -> assertThat(e.endpoint()).isIn(Endpoint.LAUNCH, Endpoint.QUERY_TASKS));
  }

  @Test
  @DisplayName("a listener that throws breaks no call")
  void throwing() {
    FakeVoiceCampaigns broken = FakeVoiceCampaigns.create(PlatformFixtures.SEED, PlatformFixtures.clock(), PlatformOptions.defaults(),
        GatewayListeners.of(e -> {
          throw new IllegalStateException("broken dashboard");
        }));

    assertThat(broken.launchCampaign().launch(new LaunchCampaignCommand(PlatformFixtures.build(PlatformFixtures.campaign("x1", 1))))
        .isRight()).isTrue();
  }
}
