package io.voicecampaign.application.service.paging;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Stream;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Walks a paged platform list as one lazy stream of records, fetching a page only when iteration
 * reaches it. The listing services share it.
 *
 * <p>The walk starts at the requested page and keeps its size for every later request. It ends:
 * <ul>
 *   <li>after a page that reports no later page ({@link Page#hasNext()}), or an empty page;</li>
 *   <li>at the page count reported by the first page fetched, even if later pages report more: a
 *       platform that keeps announcing one more page cannot make the walk go on for ever;</li>
 *   <li>with a single {@code Left} element when a fetch fails, or when the platform answers a page
 *       other than the one asked for (its records would repeat or skip records already seen).</li>
 * </ul>
 *
 * <p>The first page is fetched when the stream is created (a Vavr {@link Stream} always knows its
 * head); every later page is fetched when the stream's iteration passes the last record of the
 * page before it.
 */
public final class LazyPages {

  private LazyPages() {}

  /**
   * Every record from page {@code first} on.
   *
   * @param first the first page to fetch and the size of every page
   * @param fetch fetches one page; called once per page reached, in order
   * @return the records in the platform's order, then at most one failure
   */
  public static <T> Stream<Either<Failure, T>> from(
      PageRequest first, Function<PageRequest, Either<GatewayFailure, Page<T>>> fetch) {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(fetch, "fetch == null");
    return page(first, Integer.MAX_VALUE, fetch);
  }

  private static <T> Stream<Either<Failure, T>> page(
      PageRequest asked, int lastPage, Function<PageRequest, Either<GatewayFailure, Page<T>>> fetch) {
    Either<GatewayFailure, Page<T>> fetched = fetch.apply(asked);
    if (fetched.isLeft()) {
      return Stream.of(Either.left(new Failure.Gateway(fetched.getLeft())));
    }
    Page<T> page = fetched.get();
    if (page.current() != asked.current()) {
      return Stream.of(Either.left(new Failure.Gateway(new GatewayFailure.MalformedResponse(
          "asked for page " + asked.current() + " of " + asked.size() + " records, the platform answered page "
              + page.current(), ""))));
    }
    int bound = lastPage == Integer.MAX_VALUE ? page.pages() : lastPage;
    boolean more = page.hasNext() && asked.current() < bound;
    Supplier<Stream<Either<Failure, T>>> rest = more ? () -> page(asked.next(), bound, fetch) : Stream::empty;
    return records(page.records().toArray(), 0, rest);
  }

  // Walks the page's records one cons cell at a time so that the next page is fetched only when the
  // tail after the last record is asked for.
  private static <T> Stream<Either<Failure, T>> records(
      IndexedSeq<T> records, int index, Supplier<Stream<Either<Failure, T>>> rest) {
    return index < records.size()
        ? Stream.cons(Either.right(records.get(index)), () -> records(records, index + 1, rest))
        : rest.get();
  }
}
