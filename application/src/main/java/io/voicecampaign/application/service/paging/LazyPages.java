package io.voicecampaign.application.service.paging;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.control.Either;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paged platform list as one lazy stream of records, fetching a page only when iteration
 * reaches it, and holding only that page. The listing services share it.
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
 * <p>Nothing is fetched when the stream is created; the first page is fetched when the first
 * element is asked for, and every later page when iteration passes the last record of the page
 * before it. The stream is a {@link java.util.stream.Stream}: it is consumed once and keeps no
 * record it has passed.
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
    Spliterator<Either<Failure, T>> records = Spliterators.spliteratorUnknownSize(
        new Walk<>(first, fetch), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(records, false);
  }

  /** The walk's state: the page being read and where the next one is. */
  private static final class Walk<T> implements Iterator<Either<Failure, T>> {

    private final Function<PageRequest, Either<GatewayFailure, Page<T>>> fetch;
    private PageRequest next;
    private int lastPage = Integer.MAX_VALUE;
    private Object[] records = new Object[0];
    private int index;
    private Either<Failure, T> failure;
    private boolean morePages = true;

    Walk(PageRequest first, Function<PageRequest, Either<GatewayFailure, Page<T>>> fetch) {
      this.next = first;
      this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
      while (index == records.length && failure == null && morePages) {
        fetchNext();
      }
      return index < records.length || failure != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Either<Failure, T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("the listing has ended");
      }
      if (index < records.length) {
        T record = (T) records[index];
        records[index++] = null;
        return Either.right(record);
      }
      Either<Failure, T> last = failure;
      failure = null;
      return last;
    }

    private void fetchNext() {
      PageRequest asked = next;
      morePages = false;
      records = new Object[0];
      index = 0;
      Either<GatewayFailure, Page<T>> fetched = fetch.apply(asked);
      if (fetched.isLeft()) {
        failure = Either.left(new Failure.Gateway(fetched.getLeft()));
        return;
      }
      Page<T> page = fetched.get();
      if (page.current() != asked.current()) {
        failure = Either.left(new Failure.Gateway(new GatewayFailure.MalformedResponse(
            "asked for page " + asked.current() + " of " + asked.size() + " records, the platform answered page "
                + page.current(), "")));
        return;
      }
      if (lastPage == Integer.MAX_VALUE) {
        lastPage = page.pages();
      }
      records = page.records().toJavaArray();
      morePages = page.hasNext() && asked.current() < lastPage;
      next = asked.next();
    }
  }
}
