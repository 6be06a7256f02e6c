package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DistinctNumbers: the first index of each callee number, found in one pass")
class DistinctNumbersTest {

  /** Records {@code numbers} in order and answers what each call returned. */
  private static List<Integer> record(int expected, List<String> numbers) {
    DistinctNumbers seen = new DistinctNumbers(expected, numbers::get);
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      answers.add(seen.firstIndexOf(numbers.get(i), i));
    }
    return answers;
  }

  @Test
  @DisplayName("a new number answers -1; a repeat answers the index it was first seen at, however often it repeats")
  void repeats() {
    List<String> numbers = List.of("463200000001", "463200000002", "463200000001", "463200000002", "463200000001");
    assertThat(record(numbers.size(), numbers)).containsExactly(-1, -1, 0, 1, 0);
  }

  @Test
  @DisplayName("numbers of equal hash are told apart by their digits")
  void equalHashes() {
    // "Aa" and "BB" share a hash code, as do all strings built from these two blocks
    List<String> numbers = List.of("AaAa", "BBBB", "AaBB", "BBAa", "BBAa", "AaAa");
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
    assertThat(record(numbers.size(), numbers)).containsExactly(-1, -1, -1, -1, 3, 0);
  }

  @Test
  @DisplayName("numbers that land in the same slot, the last slot included, wrap around and stay apart")
  void collisionsWrapAround() {
    // a table for 8 numbers has 16 slots; these numbers all start in the last one and wrap to the first
    List<String> numbers = new ArrayList<>();
    for (int i = 0; numbers.size() < 5; i++) {
      String number = "4632" + i;
      int hash = number.hashCode();
      if (((hash ^ (hash >>> 16)) & 15) == 15) {
        numbers.add(number);
      }
    }
    List<String> twice = new ArrayList<>(numbers);
    numbers.forEach(n -> twice.add(new String(n)));
    assertThat(record(8, twice)).containsExactly(-1, -1, -1, -1, -1, 0, 1, 2, 3, 4);
  }

  @Test
  @DisplayName("a table sized for 200,000 numbers holds 200,000 distinct numbers and finds every repeat")
  void largestCampaign() {
    int count = 200_000;
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(String.format("86138%08d", i));
    }
    for (int i = 0; i < count; i += 997) {
      numbers.add(String.format("86138%08d", i));
    }
    List<Integer> answers = record(count, numbers);
    assertThat(answers.subList(0, count)).containsOnly(-1);
    for (int k = 0; k < answers.size() - count; k++) {
      assertThat(answers.get(count + k)).isEqualTo(k * 997);
    }
  }
}
