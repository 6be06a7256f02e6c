package io.voicecampaign.domain.shared;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Which page of a list to fetch: {@code current} from 1, {@code size} 1-100 as the platform allows.
 *
 * @param current the page number, from 1
 * @param size    records per page, 1-100
 */
public record PageRequest(int current, int size) {

  /** The platform's largest page. */
  public static final int MAX_SIZE = 100;

  public PageRequest {
    Seq<Violation> problems = problems(current, size);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  /** The first page of {@code size} records. */
  public static PageRequest first(int size) {
    return new PageRequest(1, size);
  }

  /** Every violation of the paging rules, with paths {@code page.current} and {@code page.size}. */
  public static Validation<Seq<Violation>, PageRequest> validate(int current, int size) {
    Seq<Violation> problems = problems(current, size);
    return problems.isEmpty() ? Validation.valid(new PageRequest(current, size)) : Validation.invalid(problems);
  }

  private static Seq<Violation> problems(int current, int size) {
    List<Violation> problems = List.empty();
    if (current < 1) {
      problems = problems.append(Violation.of("page.current", current, "must be at least 1"));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems = problems.append(Violation.of("page.size", size, "must be 1-" + MAX_SIZE));
    }
    return problems;
  }

  /** The page after this one, of the same size. */
  public PageRequest next() {
    return new PageRequest(current + 1, size);
  }
}
