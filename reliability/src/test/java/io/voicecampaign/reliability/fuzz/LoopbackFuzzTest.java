package io.voicecampaign.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.fixtures.Seeded;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import java.io.IOException;
import java.time.Duration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A sample of fuzzed answers sent by a real loopback server, so that OkHttp's own reading of status
 * lines, informational answers, headers and bodies, and the adapter's signing and clock correction,
 * run too. The SDK instance lives across the tries, as it would against a misbehaving platform.
 */
@DisplayName("Fuzzed answers over loopback: a success or a typed failure, never an exception")
class LoopbackFuzzTest {

  static final int TRIES = 300;

  private static final AgentCampaign CAMPAIGN = ReliabilityFixtures.campaign(Templates.TASK_NAME);
  private static final RecallFlowId FLOW = RecallFlowId.of(298);

  private final MockWebServer server = ReliabilityFixtures.server();
  private volatile Endpoint endpoint;
  private volatile FuzzedAnswer answer;
  private volatile FuzzedAnswer others;
  private HttpGateways gateways;
  private OutcomeTally tally;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        boolean underTest = request.getUrl().encodedPath().endsWith("/" + endpoint.path());
        FuzzedAnswer reply = underTest || others == null ? answer : others;
        return reply.toMockResponse();
      }
    });
    server.start();
    VirtualClock clock = VirtualClock.at(ReliabilityFixtures.START);
    HttpConfig config = ReliabilityFixtures.config(server)
        .readTimeout(Duration.ofMillis(500))
        .createReadTimeout(Duration.ofMillis(500))
        .retryPolicy(ReliabilityFixtures.noWait(2))
        .maxResponseBytes(InProcessPlatform.MAX_RESPONSE_BYTES)
        .sleeper(clock::advance)
        .build();
    gateways = HttpVoiceCampaigns.gateways(config, clock);
  }

  @AfterEach
  void stop() throws IOException {
    System.out.println(tally.summary(server.getRequestCount()) + " (loopback)");
    server.close();
    tally.assertComplete(TRIES, 2);
    assertThat(server.getRequestCount()).as("answers the server sent").isGreaterThanOrEqualTo(TRIES);
  }

  private OutcomeTally serve(Endpoint under, FuzzedAnswer main, FuzzedAnswer rest) {
    endpoint = under;
    answer = main;
    others = rest;
    if (tally == null) {
      tally = new OutcomeTally("loopback fuzz " + under);
    }
    return tally;
  }

  @Test
  @DisplayName("create, with fuzzed lookups")
  void create() {
    Seeded.forAll("create, with fuzzed lookups", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.CREATE, random);
      FuzzedAnswer lookup = FuzzCases.answer(Endpoint.TASK_QUERY, random);
      serve(Endpoint.CREATE, main, lookup).run(relaxed(main), () -> gateways.groupCalls().launch(CAMPAIGN));
    });
  }

  @Test
  @DisplayName("task query")
  void taskQuery() {
    Seeded.forAll("task query", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.TASK_QUERY, random);
      serve(Endpoint.TASK_QUERY, main, null).run(relaxed(main), () -> gateways.groupCalls().queryTasks(ReliabilityFixtures.taskQuery()));
    });
  }

  @Test
  @DisplayName("task cancel")
  void taskCancel() {
    Seeded.forAll("task cancel", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.TASK_CANCEL, random);
      serve(Endpoint.TASK_CANCEL, main, null).run(relaxed(main), () -> gateways.groupCalls().cancelTasks(List.of(TaskId.of(5_000_602))));
    });
  }

  @Test
  @DisplayName("recall-flow page")
  void flowPage() {
    Seeded.forAll("recall-flow page", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.FLOW_PAGE, random);
      serve(Endpoint.FLOW_PAGE, main, null).run(relaxed(main), () -> gateways.recallFlows().queryFlows(ReliabilityFixtures.flowQuery()));
    });
  }

  @Test
  @DisplayName("recall-flow detail")
  void flowDetail() {
    Seeded.forAll("recall-flow detail", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.FLOW_DETAIL, random);
      serve(Endpoint.FLOW_DETAIL, main, null).run(relaxed(main), () -> gateways.recallFlows().flowDetail(FLOW));
    });
  }

  @Test
  @DisplayName("recall-flow update")
  void flowUpdate() {
    Seeded.forAll("recall-flow update", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.FLOW_UPDATE, random);
      serve(Endpoint.FLOW_UPDATE, main, null).run(relaxed(main), () -> gateways.recallFlows().editFlow(FLOW, ReliabilityFixtures.editedPlan()));
    });
  }

  @Test
  @DisplayName("recall-flow cancel")
  void flowCancel() {
    Seeded.forAll("recall-flow cancel", TRIES, random -> {
      FuzzedAnswer main = FuzzCases.answer(Endpoint.FLOW_CANCEL, random);
      serve(Endpoint.FLOW_CANCEL, main, null).run(relaxed(main), () -> gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(FLOW)));
    });
  }

  /**
   * Over a real connection the expectation is kept only for the ordinary final statuses: OkHttp itself
   * refuses some bodies (a 204 with content) and reads no body for others (304), which the in-process
   * run already judges.
   */
  private static FuzzedAnswer relaxed(FuzzedAnswer answer) {
    boolean ordinary = answer.status() == 200 || answer.status() >= 400;
    return ordinary ? answer : new FuzzedAnswer(answer.endpoint(), answer.shape(), answer.status(), answer.headers(),
        answer.body(), FuzzedAnswer.Expected.EITHER, answer.createdId());
  }
}
