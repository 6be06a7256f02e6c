package io.voicecampaign.application.service.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.PageFixtures;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LazyPages walks a paged list")
class LazyPagesTest {

  private static final Seq<Integer> RECORDS_250 = List.range(0, 250);

  @Test
  @DisplayName("yields every record in order, asking each page once with the same size")
  void walksEveryPage() {
    CountingPager<Integer> pager = CountingPager.over(RECORDS_250);

    Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(PageRequest.first(100), pager));

    assertThat(all.map(Either::get)).containsExactlyElementsOf(RECORDS_250);
    assertThat(pager.asked()).containsExactly(new PageRequest(1, 100), new PageRequest(2, 100), new PageRequest(3, 100));
  }

  @Test
  @DisplayName("for every list of 0-250 records and every page size 1-100: each record once, in order, one fetch per page")
  void everyRecordOnceForAnySize() {
    for (int total = 0; total <= 250; total += 7) {
      Seq<Integer> records = List.range(0, total);
      for (int size = 1; size <= PageRequest.MAX_SIZE; size++) {
        CountingPager<Integer> pager = CountingPager.over(records);

        Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(PageRequest.first(size), pager));

        assertThat(all.map(Either::get)).as("%d records by %d", total, size).containsExactlyElementsOf(records);
        int pages = Math.max(1, (total + size - 1) / size);
        int pageSize = size;
        assertThat(pager.asked()).as("%d records by %d", total, size)
            .containsExactlyElementsOf(List.rangeClosed(1, pages).map(n -> new PageRequest(n, pageSize)));
      }
    }
  }

  @Test
  @DisplayName("fetches a page only when iteration reaches it")
  void isLazy() {
    CountingPager<Integer> pager = CountingPager.over(RECORDS_250);
    Stream<Either<Failure, Integer>> stream = LazyPages.from(PageRequest.first(100), pager);
    assertThat(pager.fetches()).as("fetched when the stream is made").isZero();
    Iterator<Either<Failure, Integer>> records = stream.iterator();

    for (int read = 0; read < 100; read++) {
      assertThat(records.next().get()).isEqualTo(read);
    }
    assertThat(pager.fetches()).isEqualTo(1);
    assertThat(records.next().get()).isEqualTo(100);
    assertThat(pager.fetches()).isEqualTo(2);
  }

  @Test
  @DisplayName("starts at the page asked for")
  void startsAtTheAskedPage() {
    CountingPager<Integer> pager = CountingPager.over(RECORDS_250);

    Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(new PageRequest(2, 100), pager));

    assertThat(all.map(Either::get)).containsExactlyElementsOf(RECORDS_250.drop(100));
    assertThat(pager.asked()).containsExactly(new PageRequest(2, 100), new PageRequest(3, 100));
  }

  @Test
  @DisplayName("an empty list is an empty stream after one fetch")
  void emptyList() {
    CountingPager<Integer> pager = CountingPager.over(List.empty());

    assertThat(LazyPages.from(PageRequest.first(10), pager).toList()).isEmpty();
    assertThat(pager.fetches()).isEqualTo(1);
  }

  @Test
  @DisplayName("stops at an empty page even when the platform reports more pages")
  void stopsAtAnEmptyPage() {
    Seq<Integer> records = List.range(0, 30);
    CountingPager<Integer> pager = CountingPager.answering(request -> {
      Page<Integer> real = PageFixtures.slice(records, request);
      return Either.right(new Page<>(real.records(), real.current(), real.size(), 100_000, 1_000));
    });

    Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(PageRequest.first(10), pager));

    assertThat(all.map(Either::get)).containsExactlyElementsOf(records);
    assertThat(pager.fetches()).isEqualTo(4);
  }

  @Test
  @DisplayName("a platform that always announces one more page cannot make the walk endless")
  void endlessPlatformIsBounded() {
    // past page 50 the pager fails, so a walk that ignored the bound would end with a failure, not hang
    CountingPager<Integer> pager = CountingPager.answering(request -> request.current() > 50
        ? Either.left(GatewayFailureFixtures.unavailable())
        : Either.right(new Page<>(List.of(request.current()), request.current(), request.size(), request.current() + 1L,
            request.current() + 2)));

    Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(PageRequest.first(1), pager));

    assertThat(all.map(Either::get)).containsExactly(1, 2, 3);
    assertThat(pager.fetches()).isEqualTo(3);
  }

  @Test
  @DisplayName("a failure is the last element, after the records read before it, and nothing more is fetched")
  void failureEndsTheStream() {
    GatewayFailure down = GatewayFailureFixtures.unavailable();
    CountingPager<Integer> pager = CountingPager.answering(request -> request.current() == 2
        ? Either.left(down)
        : Either.right(PageFixtures.slice(RECORDS_250, request)));

    Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(PageRequest.first(100), pager));

    assertThat(all).hasSize(101);
    assertThat(all.init().map(Either::get)).containsExactlyElementsOf(RECORDS_250.take(100));
    assertThat(all.last().getLeft()).isEqualTo(new Failure.Gateway(down));
    assertThat(pager.fetches()).isEqualTo(2);
  }

  @Test
  @DisplayName("a failure on the first page is the only element")
  void failureOnTheFirstPage() {
    GatewayFailure refused = GatewayFailureFixtures.unauthorized();
    CountingPager<Integer> pager = CountingPager.answering(request -> Either.left(refused));

    assertThat(LazyPages.from(PageRequest.first(100), pager).toList()).containsExactly(Either.left(new Failure.Gateway(refused)));
  }

  @Test
  @DisplayName("a platform answering another page than the one asked ends the walk with a malformed-response failure")
  void wrongPageIsAFailure() {
    CountingPager<Integer> pager = CountingPager.answering(request -> Either.right(PageFixtures.slice(RECORDS_250,
        PageRequest.first(request.size()))));

    Seq<Either<Failure, Integer>> all = List.ofAll(LazyPages.from(PageRequest.first(100), pager));

    assertThat(all.init().map(Either::get)).containsExactlyElementsOf(RECORDS_250.take(100));
    Failure last = all.last().getLeft();
    assertThat(last).isInstanceOfSatisfying(Failure.Gateway.class, gateway ->
        assertThat(gateway.cause()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class, malformed ->
            assertThat(malformed.reason()).isEqualTo("asked for page 2 of 100 records, the platform answered page 1")));
    assertThat(pager.fetches()).isEqualTo(2);
  }
}
