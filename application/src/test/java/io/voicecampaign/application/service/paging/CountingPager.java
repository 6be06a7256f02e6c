package io.voicecampaign.application.service.paging;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.PageFixtures;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Function;

/**
 * A paged source that records each page asked for. By default it pages a list like the platform; a
 * test can replace the answer to shape a misbehaving platform.
 */
final class CountingPager<T> implements Function<PageRequest, Either<GatewayFailure, Page<T>>> {

  private final Function<PageRequest, Either<GatewayFailure, Page<T>>> answer;
  private List<PageRequest> asked = List.empty();

  private CountingPager(Function<PageRequest, Either<GatewayFailure, Page<T>>> answer) {
    this.answer = answer;
  }

  /** Pages {@code all} like the platform. */
  static <T> CountingPager<T> over(Seq<T> all) {
    return new CountingPager<>(request -> Either.right(PageFixtures.slice(all, request)));
  }

  /** Answers each request with {@code answer}. */
  static <T> CountingPager<T> answering(Function<PageRequest, Either<GatewayFailure, Page<T>>> answer) {
    return new CountingPager<>(answer);
  }

  @Override
  public Either<GatewayFailure, Page<T>> apply(PageRequest request) {
    asked = asked.append(request);
    return answer.apply(request);
  }

  /** The pages asked for, in order. */
  Seq<PageRequest> asked() {
    return asked;
  }

  /** How many pages were fetched. */
  int fetches() {
    return asked.size();
  }
}
