package io.voicecampaign.reliability.clockskew;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.GetRecallFlowUseCase;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A platform ten minutes off: -16 until the SDK corrects from its Date header, after exactly one retry")
class ClockSkewRecoveryTest {

  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  @StartStop
  final MockWebServer server = ReliabilityFixtures.server();

  /** One endpoint: its path and a call that reaches it through the gateways. */
  private record Call(String path, Function<HttpGateways, Either<GatewayFailure, ?>> run) {
    @Override
    public String toString() {
      return path;
    }
  }

  static Stream<Arguments> endpointsAndSkews() {
    RecallFlowId flow = RecallFlowId.of(298);
    java.util.List<Call> calls = java.util.List.of(
        new Call("/v3/voice/group/call/send/agent", g -> g.groupCalls().launch(ReliabilityFixtures.campaign("skewed-create"))),
        new Call("/v3/voice/group/call/query", g -> g.groupCalls().queryTasks(ReliabilityFixtures.taskQuery())),
        new Call("/voice/group/call/cancel", g -> g.groupCalls().cancelTasks(List.of(TaskId.of(8_000_001)))),
        new Call("/voice/recallFlow/queryPage", g -> g.recallFlows().queryFlows(ReliabilityFixtures.flowQuery())),
        new Call("/voice/recallFlow/queryDetail", g -> g.recallFlows().flowDetail(flow)),
        new Call("/voice/recallFlow/update", g -> g.recallFlows().editFlow(flow, ReliabilityFixtures.editedPlan())),
        new Call("/voice/recallFlow/cancel", g -> g.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(flow))));
    return calls.stream().flatMap(call -> Stream.of(Arguments.of(call, TEN_MINUTES), Arguments.of(call, TEN_MINUTES.negated())));
  }

  @ParameterizedTest(name = "{0}, platform clock {1} off")
  @MethodSource("endpointsAndSkews")
  @DisplayName("every endpoint: the first call takes two requests (refused, corrected), the next one request")
  void everyEndpointRecoversWithOneRetry(Call call, Duration skew) {
    SkewedPlatform platform = new SkewedPlatform(Clock.systemUTC(), skew);
    server.setDispatcher(platform);
    HttpGateways gateways = HttpVoiceCampaigns.gateways(ReliabilityFixtures.config(server).build(), Clock.systemUTC());

    Either<GatewayFailure, ?> first = call.run().apply(gateways);
    int afterFirst = platform.requests(call.path());
    Either<GatewayFailure, ?> second = call.run().apply(gateways);

    assertThat(first.isRight()).as("first call: %s", first).isTrue();
    assertThat(afterFirst).as("requests of the first call").isEqualTo(2);
    assertThat(platform.refused(call.path())).as("refused for the timestamp").isEqualTo(1);
    assertThat(second.isRight()).as("second call: %s", second).isTrue();
    assertThat(platform.requests(call.path()) - afterFirst).as("requests of the second call: the offset was kept").isEqualTo(1);
    assertThat(platform.badSigns()).as("every request, the corrected one included, correctly signed").isZero();
  }

  @Test
  @DisplayName("through the use cases: one task launched with one corrected retry; later calls need no retry")
  void useCases() {
    SkewedPlatform platform = new SkewedPlatform(Clock.systemUTC(), TEN_MINUTES);
    server.setDispatcher(platform);
    VoiceCampaigns sdk = HttpVoiceCampaigns.create(ReliabilityFixtures.config(server).build(), Clock.systemUTC());
    GetRecallFlowUseCase flows = sdk.getRecallFlow();

    Either<Failure, TaskId> launched = sdk.launchCampaign().launch(new LaunchCampaignCommand(ReliabilityFixtures.campaign("skewed")));
    boolean listed = sdk.listTasks().page(new ListTasksCommand(ReliabilityFixtures.taskQuery())).isRight();
    boolean read = flows.get(new GetRecallFlowCommand(RecallFlowId.of(298))).isRight();

    assertThat(launched).isEqualTo(Either.right(TaskId.of(8_000_001)));
    assertThat(listed && read).isTrue();
    assertThat(server.getRequestCount()).as("create refused + create corrected + query + detail").isEqualTo(4);
  }

  @Test
  @DisplayName("a platform that keeps refusing gets exactly one retry, then ClockSkew naming the offset applied")
  void neverMoreThanOneRetry() {
    // the first refusal carries the platform's Date; after that it refuses every timestamp, Date or not
    SkewedPlatform platform = new SkewedPlatform(Clock.systemUTC(), TEN_MINUTES);
    int[] seen = {0};
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return seen[0]++ == 0 ? platform.dispatch(request)
            : new MockResponse.Builder().body("{\"code\":-16,\"msg\":\"Timestamp expired\"}").build();
      }
    });

    Either<GatewayFailure, ?> read = HttpVoiceCampaigns.gateways(ReliabilityFixtures.config(server).build(), Clock.systemUTC())
        .recallFlows().flowDetail(RecallFlowId.of(298));

    assertThat(read.getLeft()).isInstanceOfSatisfying(GatewayFailure.ClockSkew.class,
        failure -> assertThat(failure.detail()).containsPattern("correcting this machine's clock by (599|600|601) s"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
