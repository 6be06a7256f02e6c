package io.voicecampaign.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PageRequest and Page")
class PageRequestTest {

  @ParameterizedTest(name = "size {0} is accepted")
  @ValueSource(ints = {1, 2, 99, 100})
  @DisplayName("a page holds 1-100 records")
  void sizeWithinLimits(int size) {
    assertThat(PageRequest.validate(1, size).isValid()).isTrue();
    assertThat(PageRequest.first(size).size()).isEqualTo(size);
  }

  @ParameterizedTest(name = "size {0} is refused")
  @ValueSource(ints = {0, 101, -1})
  @DisplayName("a page of 0 or over 100 records is refused at page.size")
  void sizeOutsideLimits(int size) {
    assertThat(PageRequest.validate(1, size).getError())
        .containsExactly(Violation.of("page.size", size, "must be 1-100"));
    assertThatThrownBy(() -> PageRequest.first(size)).isInstanceOf(InvalidValueException.class).hasMessageContaining("page.size");
  }

  @Test
  @DisplayName("pages count from 1, and both problems are reported together")
  void currentFromOne() {
    assertThat(PageRequest.validate(0, 0).getError()).extracting(Violation::path).containsExactly("page.current", "page.size");
    assertThat(PageRequest.first(10).next()).isEqualTo(new PageRequest(2, 10));
  }

  @Test
  @DisplayName("a page has a next one while it is not the last and not empty")
  void hasNext() {
    assertThat(new Page<>(List.of(1), 1, 1, 2, 2).hasNext()).isTrue();
    assertThat(new Page<>(List.of(1), 2, 1, 2, 2).hasNext()).isFalse();
    assertThat(new Page<>(List.<Integer>empty(), 1, 1, 2, 2).hasNext()).isFalse();
    assertThat(new Page<>(List.of(1, 2), 1, 2, 2, 1).map(i -> i * 10).records()).containsExactly(10, 20);
  }
}
