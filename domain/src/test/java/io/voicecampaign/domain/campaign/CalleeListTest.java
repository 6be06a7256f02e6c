package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.fixtures.Seeded;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CalleeList: a campaign's callees in chunks of strings, callees made on access")
class CalleeListTest {

  /** G1's humongous threshold for reference arrays at 1 MB regions with compressed references. */
  private static final int HUMONGOUS_REFERENCES = 131_072;

  private static AgentCampaign.Builder builder() {
    return AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("spring-renewals");
  }

  private static CalleeList built(AgentCampaign.Builder builder) {
    return builder.build().get().calleeList();
  }

  private static String number(int i) {
    return String.format("4632%08d", i);
  }

  @Test
  @DisplayName("every callee reads back as given across chunk boundaries, by index, by iterator and through Seq operations")
  void readsBackAcrossChunks() {
    int count = 2 * CalleeList.CHUNK + 17;
    AgentCampaign.Builder builder = builder();
    java.util.List<Callee> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] texts = i % 3 == 0 ? new String[0] : i % 3 == 1 ? new String[] {"t" + i} : new String[] {null, "b" + i, null};
      builder.addCallee(number(i), texts);
      expected.add(Callee.of(number(i), texts));
    }
    CalleeList list = built(builder);

    assertThat(list.size()).isEqualTo(count);
    for (int i : new int[] {0, CalleeList.CHUNK - 1, CalleeList.CHUNK, CalleeList.CHUNK + 1, count - 1}) {
      assertThat(list.get(i)).isEqualTo(expected.get(i));
      assertThat(list.number(i)).isEqualTo(number(i));
    }
    CalleeList.Cursor cursor = list.cursor();
    for (Callee callee : expected) {
      assertThat(cursor.next()).isTrue();
      assertThat(cursor.number()).isEqualTo(callee.number().digits());
      assertThat(cursor.textCount()).isEqualTo(callee.textCount());
      for (int n = 0; n <= 4; n++) {
        assertThat(cursor.text(n)).isEqualTo(n == 0 ? null : callee.text(n).getOrNull());
      }
    }
    assertThat(cursor.next()).isFalse();
    assertThat(cursor.next()).isFalse();
    assertThat(list).containsExactlyElementsOf(expected);
    assertThat(list).isEqualTo(Vector.ofAll(expected)).isEqualTo(List.ofAll(expected));
    assertThat(List.ofAll(expected)).isEqualTo(list);
    assertThat(list.hashCode()).isEqualTo(List.ofAll(expected).hashCode());
    assertThat(list.map(c -> c.number().digits()).last()).isEqualTo(number(count - 1));
    assertThat(list.filter(c -> c.textCount() == 2).size()).isEqualTo(count / 3);
    assertThat(list.head()).isEqualTo(expected.get(0));
    assertThat(list.toJavaArray(Callee[]::new)).hasSize(count);
  }

  @Test
  @DisplayName("the builder's fixed-arity addCallee overloads hold what the varargs one holds, absent texts included")
  void overloadsMatchVarargs() {
    AgentCampaign.Builder fixed = builder().addCallee(number(1)).addCallee(number(2), "a").addCallee(number(3), "a", "b")
        .addCallee(number(4), null, "b").addCallee(number(5), (String) null).addCallee(number(6), "a", null);
    AgentCampaign.Builder varargs = builder().addCallee(number(1), new String[0]).addCallee(number(2), new String[] {"a"})
        .addCallee(number(3), new String[] {"a", "b"}).addCallee(number(4), new String[] {null, "b"})
        .addCallee(number(5), new String[] {null}).addCallee(number(6), new String[] {"a", null});
    CalleeList list = built(fixed);
    assertThat(list).isEqualTo(built(varargs));
    assertThat(list.map(Callee::textCount)).containsExactly(0, 1, 2, 2, 0, 1);
  }

  @Test
  @DisplayName("an index outside the list is refused with the index and the size")
  void outOfBounds() {
    CalleeList list = built(builder().addCallee(number(1)));
    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class).hasMessage("callee index 1 of 1");
    assertThatThrownBy(() -> list.number(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  @DisplayName("callees added to the builder after build() leave the campaign already built unchanged")
  void builderReuse() {
    AgentCampaign.Builder builder = builder();
    for (int i = 0; i < CalleeList.CHUNK + 5; i++) {
      builder.addCallee(number(i), "first");
    }
    CalleeList first = built(builder);
    for (int i = CalleeList.CHUNK + 5; i < 3 * CalleeList.CHUNK; i++) {
      builder.addCallee(number(i), "second", "texts", "that", "make", "the", "chunk's", "array", "grow");
    }
    CalleeList second = built(builder);

    assertThat(first.size()).isEqualTo(CalleeList.CHUNK + 5);
    assertThat(first.last()).isEqualTo(Callee.of(number(CalleeList.CHUNK + 4), "first"));
    assertThat(second.size()).isEqualTo(3 * CalleeList.CHUNK);
    assertThat(second.get(CalleeList.CHUNK + 5).textCount()).isEqualTo(8);
  }

  @Test
  @DisplayName("the texts array handed to addCallee can change afterwards without changing the callee")
  void textsCopiedFromTheCaller() {
    String[] texts = {"Alice", "EUR 40"};
    AgentCampaign.Builder builder = builder().addCallee(number(1), texts);
    texts[0] = "Mallory";
    assertThat(built(builder).get(0).text(1).getOrNull()).isEqualTo("Alice");
  }

  @Test
  @DisplayName("no array the list holds reaches G1's humongous threshold at the largest campaign")
  void noHumongousReferenceArrays() throws ReflectiveOperationException {
    AgentCampaign.Builder builder = builder().expectCallees(AgentCampaign.MAX_CALLEES);
    for (int i = 0; i < AgentCampaign.MAX_CALLEES; i++) {
      builder.addCallee(number(i), "Customer", "EUR 40");
    }
    CalleeList list = built(builder);
    assertThat(list.size()).isEqualTo(AgentCampaign.MAX_CALLEES);
    int largest = 0;
    for (Object chunk : (Object[]) field(list, "chunks")) {
      largest = Math.max(largest, Math.max(((Object[]) field(chunk, "numbers")).length, ((Object[]) field(chunk, "texts")).length));
    }
    assertThat(largest).isPositive().isLessThan(HUMONGOUS_REFERENCES);
    // the most texts a valid chunk can hold stays below it too
    assertThat(CalleeList.CHUNK * Callee.MAX_TEXTS).isLessThan(HUMONGOUS_REFERENCES);
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  @Test
  @DisplayName("the sizes counted while checking match the callees: digits, text units, texts per position, plainness")
  void tally() {
    Seeded.forAll("tally", 200, random -> {
      AgentCampaign.Builder builder = builder();
      java.util.List<Callee> callees = new ArrayList<>();
      int count = random.nextInt(1, 40);
      for (int i = 0; i < count; i++) {
        String[] texts = texts(random);
        builder.addCallee(number(i), texts);
        callees.add(Callee.of(number(i), texts));
      }
      CalleeList list = built(builder);
      assertCounts(list, callees);
      assertCounts(CalleeList.of(List.ofAll(callees)), callees);
    });
  }

  private static void assertCounts(CalleeList list, java.util.List<Callee> callees) {
    long digits = 0;
    long units = 0;
    int[] at = new int[Callee.MAX_TEXTS + 1];
    boolean plain = true;
    for (Callee callee : callees) {
      digits += callee.number().digits().length();
      for (int n = 1; n <= callee.textCount(); n++) {
        String text = callee.text(n).getOrNull();
        if (text != null) {
          at[n]++;
          units += text.length();
          plain &= text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e && c != '"' && c != '\\');
        }
      }
    }
    assertThat(list.numberDigits()).isEqualTo(digits);
    assertThat(list.textUnits()).isEqualTo(units);
    assertThat(list.plainTexts()).isEqualTo(plain);
    for (int n = 1; n <= Callee.MAX_TEXTS; n++) {
      assertThat(list.textsAt(n)).as("texts at %d", n).isEqualTo(at[n]);
    }
  }

  private static String[] texts(SplittableRandom random) {
    String[] texts = new String[random.nextInt(0, Callee.MAX_TEXTS + 1)];
    for (int n = 0; n < texts.length; n++) {
      texts[n] = Seeded.oneOf(random, null, "Alice", "EUR 40", "say \"hi\"", "back\\slash", "caf\u00e9", "\uD83D\uDCDE", "");
    }
    return texts;
  }

  @Test
  @DisplayName("a campaign made from the user's own Seq holds a CalleeList equal to it, and still refuses null callees and repeats")
  void fromAnySeq() {
    Seq<Callee> given = List.of(Callee.of(number(1), "a"), Callee.of(number(2)));
    AgentCampaign campaign = builder().addCallee(number(9)).build().get();
    AgentCampaign copy = new AgentCampaign(campaign.appId(), campaign.agentId(), campaign.taskName(), campaign.displayNumber(),
        given, campaign.sendTime(), campaign.maxCallDuration(), campaign.maxRingingTime(), campaign.recording(),
        campaign.calloutRate(), campaign.callWindows(), campaign.recallPlan());
    assertThat(copy.callees()).isInstanceOf(CalleeList.class).isEqualTo(given);
    assertThat(copy.calleeList().checkedByBuilder()).isFalse();

    Seq<Callee> repeated = given.append(Callee.of(number(1)));
    assertThatThrownBy(() -> new AgentCampaign(campaign.appId(), campaign.agentId(), campaign.taskName(),
        campaign.displayNumber(), repeated, campaign.sendTime(), campaign.maxCallDuration(), campaign.maxRingingTime(),
        campaign.recording(), campaign.calloutRate(), campaign.callWindows(), campaign.recallPlan()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("callees[2].number");
    Seq<Callee> withNull = given.append(null);
    assertThatThrownBy(() -> new AgentCampaign(campaign.appId(), campaign.agentId(), campaign.taskName(),
        campaign.displayNumber(), withNull, campaign.sendTime(), campaign.maxCallDuration(), campaign.maxRingingTime(),
        campaign.recording(), campaign.calloutRate(), campaign.callWindows(), campaign.recallPlan()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("callees[2] == null");
  }
}
