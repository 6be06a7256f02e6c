package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DistinctNumbers: the first index of each callee number, found in one pass")
class DistinctNumbersTest {

  @Test
  @DisplayName("a new number answers -1; a repeat answers the index it was first seen at, however often it repeats")
  void repeats() {
    DistinctNumbers seen = new DistinctNumbers(4);
    assertThat(seen.firstIndexOf("463200000001", 0)).isEqualTo(-1);
    assertThat(seen.firstIndexOf("463200000002", 1)).isEqualTo(-1);
    assertThat(seen.firstIndexOf("463200000001", 2)).isZero();
    assertThat(seen.firstIndexOf("463200000002", 3)).isEqualTo(1);
    assertThat(seen.firstIndexOf("463200000001", 4)).isZero();
  }

  @Test
  @DisplayName("numbers that land in the same slot, the last slot included, are told apart by their digits")
  void collisionsWrapAround() {
    // a table for 8 numbers has 16 slots; these numbers all start in the last one and wrap to the first
    List<String> lastSlot = new ArrayList<>();
    for (int i = 0; lastSlot.size() < 5; i++) {
      String number = "4632" + i;
      int hash = number.hashCode();
      if (((hash ^ (hash >>> 16)) & 15) == 15) {
        lastSlot.add(number);
      }
    }
    DistinctNumbers seen = new DistinctNumbers(8);
    for (int i = 0; i < lastSlot.size(); i++) {
      assertThat(seen.firstIndexOf(lastSlot.get(i), i)).isEqualTo(-1);
    }
    for (int i = 0; i < lastSlot.size(); i++) {
      assertThat(seen.firstIndexOf(new String(lastSlot.get(i)), 10 + i)).isEqualTo(i);
    }
  }

  @Test
  @DisplayName("a table sized for 200,000 numbers holds 200,000 distinct numbers and finds every repeat")
  void largestCampaign() {
    int count = 200_000;
    DistinctNumbers seen = new DistinctNumbers(count);
    for (int i = 0; i < count; i++) {
      assertThat(seen.firstIndexOf(String.format("86138%08d", i), i)).isEqualTo(-1);
    }
    for (int i = 0; i < count; i += 997) {
      assertThat(seen.firstIndexOf(String.format("86138%08d", i), count + i)).isEqualTo(i);
    }
  }
}
