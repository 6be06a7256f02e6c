package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.stream.Stream;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Listing recall flows")
class ListRecallFlowsServiceTest {

  private static final TimeRange SPRING = TimeRange.between(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-30T00:00:00Z"));
  private static final Seq<RecallFlow> FLOWS = List.range(1, 231)
      .map(i -> RecallFlowFixtures.pending(i, TaskId.of(6_000_000 + i), "campaign-" + i));

  private final FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(FLOWS);
  private final ListRecallFlowsService service = new ListRecallFlowsService(gateway);

  @Test
  @DisplayName("a page is one gateway call with the command's query, records as the platform lists them")
  void onePage() {
    RecallFlowQuery query = RecallFlowQuery.within(SPRING, 50).withPage(new PageRequest(3, 50));

    Either<Failure, Page<RecallFlow>> page = service.page(new ListRecallFlowsCommand(query));

    assertThat(page.get().records()).containsExactlyElementsOf(FLOWS.slice(100, 150).map(RecallFlowFixtures::asListed));
    assertThat(page.get().total()).isEqualTo(230);
    assertThat(gateway.queries()).containsExactly(query);
  }

  @Test
  @DisplayName("a page's failure comes back as a gateway failure")
  void pageFailure() {
    GatewayFailure down = GatewayFailureFixtures.unavailable();
    gateway.failNextQuery(down);

    assertThat(service.page(new ListRecallFlowsCommand(RecallFlowQuery.within(SPRING, 10))))
        .isEqualTo(Either.left(new Failure.Gateway(down)));
  }

  @Test
  @DisplayName("all pages: every flow in order with the same filter and page size")
  void allPages() {
    RecallFlowQuery query = RecallFlowQuery.within(SPRING, 100).withTaskName("campaign");

    Seq<Either<Failure, RecallFlow>> all = List.ofAll(service.all(new ListRecallFlowsCommand(query)));

    assertThat(all.map(Either::get)).containsExactlyElementsOf(FLOWS.map(RecallFlowFixtures::asListed));
    assertThat(gateway.queries()).containsExactly(
        query, query.withPage(new PageRequest(2, 100)), query.withPage(new PageRequest(3, 100)));
  }

  @Test
  @DisplayName("all pages is lazy: taking 5 flows of 100-per-page fetches exactly one page")
  void allPagesIsLazy() {
    Stream<Either<Failure, RecallFlow>> all = service.all(new ListRecallFlowsCommand(RecallFlowQuery.within(SPRING, 100)));

    assertThat(all.limit(5).toList()).hasSize(5);
    assertThat(gateway.queries()).hasSize(1);
  }

  @Test
  @DisplayName("all pages ends with the failure as its last element")
  void allPagesFailure() {
    GatewayFailure refused = GatewayFailureFixtures.unauthorized();
    gateway.failNextQuery(refused);

    assertThat(service.all(new ListRecallFlowsCommand(RecallFlowQuery.within(SPRING, 100))).toList())
        .containsExactly(Either.left(new Failure.Gateway(refused)));
  }
}
