package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.BulkLaunchCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchReport;
import io.voicecampaign.application.port.in.task.CalleeEntry;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@DisplayName("A bulk launch checks the whole list first, then launches its parts in order")
class BulkLaunchServiceTest {

  private static final Instant NOW = Instant.parse("2026-04-01T03:31:08Z");

  private final VirtualClock clock = VirtualClock.at(NOW);
  private final GroupCallGateway gateway = mock(GroupCallGateway.class);
  private final BulkLaunchService service = new BulkLaunchService(gateway, clock, clock.sleeper());
  private final AtomicLong ids = new AtomicLong(7_000_000);

  @BeforeEach
  void launchesSucceed() {
    when(gateway.launch(any())).thenAnswer(call -> Either.right(TaskId.of(ids.incrementAndGet())));
  }

  private static List<CalleeEntry> callees(int count) {
    List<CalleeEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(CalleeEntry.of(String.format("4632%08d", i), "Customer " + i));
    }
    return entries;
  }

  private static BulkLaunchCommand command(String name, List<CalleeEntry> callees) {
    return BulkLaunchCommand.of(name, b -> b.appId("Jgd8oFei").agentId(41), callees).withPartSize(10);
  }

  @Test
  @DisplayName("every violation, callee paths with their index in the whole list, duplicates across parts; nothing sent")
  void everyViolationFirst() {
    List<CalleeEntry> entries = callees(35);
    entries.set(23, CalleeEntry.of("12345"));
    entries.set(31, CalleeEntry.of(entries.get(4).number(), "t".repeat(31)));

    Either<Failure, BulkLaunchReport> launched = service.launch(command("renewals", entries));

    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.InvalidInput.class, invalid ->
        assertThat(invalid.violations()).extracting(Violation::path, Violation::rule).contains(
            org.assertj.core.groups.Tuple.tuple("callees[23].number", "must be 6-18 digits: country code + number, no '+' or separators"),
            org.assertj.core.groups.Tuple.tuple("callees[31].text1", "must be at most 30 characters, counted in UTF-16 units (the platform would cut it)"),
            org.assertj.core.groups.Tuple.tuple("callees[31].number", "must be unique: duplicate of callees[4].number")));
    verify(gateway, never()).launch(any());
  }

  @Test
  @DisplayName("the settings, the name with its part suffix, the send time and an empty list are checked too")
  void settingsAndName() {
    BulkLaunchCommand noAgent = BulkLaunchCommand.of("renewals", b -> b.appId("Jgd8oFei"), callees(3));
    BulkLaunchCommand longName = command("n".repeat(60), callees(35));
    BulkLaunchCommand past = BulkLaunchCommand.of("renewals", b -> b.appId("Jgd8oFei").agentId(41).sendTime(NOW.minusSeconds(60)), callees(3));
    BulkLaunchCommand empty = command("renewals", List.of());

    assertThat(violations(noAgent)).extracting(Violation::path).containsExactly("agentId");
    assertThat(violations(longName)).extracting(Violation::path, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("name",
        "with the part suffix (\"-4of4\") must be 2-64 characters, counted in UTF-16 units"));
    assertThat(violations(past)).extracting(Violation::path).containsExactly("sendTime");
    assertThat(violations(empty)).extracting(Violation::path).containsExactly("callees");
    verify(gateway, never()).launch(any());
  }

  private io.vavr.collection.Seq<Violation> violations(BulkLaunchCommand command) {
    return ((Failure.InvalidInput) service.launch(command).getLeft()).violations();
  }

  @Test
  @DisplayName("35 callees in parts of 10: four tasks in order, each with its callees and the settings")
  void partsInOrder() {
    BulkLaunchReport report = service.launch(command("renewals", callees(35))).get();

    ArgumentCaptor<AgentCampaign> sent = ArgumentCaptor.forClass(AgentCampaign.class);
    verify(gateway, times(4)).launch(sent.capture());
    assertThat(sent.getAllValues()).extracting(c -> c.taskName().value())
        .containsExactly("renewals-1of4", "renewals-2of4", "renewals-3of4", "renewals-4of4");
    assertThat(sent.getAllValues()).extracting(c -> c.callees().size()).containsExactly(10, 10, 10, 5);
    assertThat(sent.getAllValues().get(3).callees().head().number().digits()).isEqualTo("463200000030");
    assertThat(report.parts()).extracting(BulkLaunchReport.Part::firstCallee).containsExactly(0L, 10L, 20L, 30L);
    assertThat(report.complete()).isTrue();
  }

  @Test
  @DisplayName("a refusal stops the launch: that part Refused, the later ones NotLaunched, the earlier ones Launched")
  void refusalStops() {
    GatewayFailure refused = GatewayFailureFixtures.rejected(PlatformCode.PARAMETER_EXCEPTION);
    when(gateway.launch(any())).thenReturn(Either.right(TaskId.of(1)), Either.left(refused));

    BulkLaunchReport report = service.launch(command("renewals", callees(35))).get();

    assertThat(report.parts()).extracting(part -> part.getClass().getSimpleName())
        .containsExactly("Launched", "Refused", "NotLaunched", "NotLaunched");
    assertThat(report.complete()).isFalse();
    verify(gateway, times(2)).launch(any());
  }

  @Test
  @DisplayName("-37 past the limit wait: that part and the rest NotLaunched, naming the limit; the waits doubled")
  void limitHeld() {
    GatewayFailure limit = GatewayFailureFixtures.rejected(PlatformCode.CONCURRENT_TASK_LIMIT);
    when(gateway.launch(any())).thenReturn(Either.right(TaskId.of(1)), Either.left(limit));

    BulkLaunchReport report = service.launch(command("renewals", callees(35)).withLimitWait(Duration.ofMinutes(3))).get();

    assertThat(report.parts().get(1)).isInstanceOfSatisfying(BulkLaunchReport.NotLaunched.class,
        part -> assertThat(part.why()).contains("concurrent-task limit (-37)"));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  @Test
  @DisplayName("a listener that throws never stops the launch")
  void throwingListener() {
    BulkLaunchReport report = service.launch(command("renewals", callees(35)).withListener(progress -> {
      throw new IllegalStateException("dashboard down");
    })).get();

    assertThat(report.complete()).isTrue();
  }
}
