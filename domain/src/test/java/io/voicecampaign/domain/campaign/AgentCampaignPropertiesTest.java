package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.fixtures.Seeded;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link AgentCampaign.Builder}: any campaign within the rules is accepted as given,
 * and breaking any single field yields exactly one violation, at that field's path.
 */
@DisplayName("AgentCampaign properties")
class AgentCampaignPropertiesTest {

  // ---- raw input, as a user hands it to the builder ----

  record CalleeInput(String number, List<String> texts) {
    CalleeInput withNumber(String other) {
      return new CalleeInput(other, texts);
    }

    CalleeInput withTexts(List<String> other) {
      return new CalleeInput(number, other);
    }
  }

  record WindowInput(String start, String end) {}

  record PlanInput(RecallType type, int interval, int attempts, List<String> intents, List<Long> agents) {}

  record Input(String appId, Long agentId, String taskName, String displayNumber, int maxCall, int ringing, int rate,
      List<WindowInput> windows, List<CalleeInput> callees, PlanInput plan) {

    AgentCampaign.Builder toBuilder() {
      AgentCampaign.Builder builder = AgentCampaign.builder().appId(appId).taskName(taskName)
          .maxCallDurationSeconds(maxCall).maxRingingSeconds(ringing).calloutRate(rate);
      if (agentId != null) {
        builder.agentId(agentId);
      }
      if (displayNumber != null) {
        builder.displayNumber(displayNumber);
      }
      windows.forEach(w -> builder.callWindow(w.start(), w.end()));
      callees.forEach(c -> builder.addCallee(c.number(), c.texts().toArray(String[]::new)));
      if (plan != null) {
        RecallPlan.Builder recall = RecallPlan.builder().type(plan.type()).intervalMinutes(plan.interval()).attempts(plan.attempts())
            .intents(plan.intents().toArray(String[]::new))
            .agents(plan.agents().stream().mapToLong(Long::longValue).toArray());
        builder.recall(recall);
      }
      return builder;
    }

    Input with(UnaryOperator<Builder> change) {
      return change.apply(new Builder(this)).build();
    }
  }

  /** Copies an input with one part changed. */
  static final class Builder {
    String appId;
    Long agentId;
    String taskName;
    String displayNumber;
    int maxCall;
    int ringing;
    int rate;
    List<WindowInput> windows;
    List<CalleeInput> callees;
    PlanInput plan;

    Builder(Input in) {
      appId = in.appId();
      agentId = in.agentId();
      taskName = in.taskName();
      displayNumber = in.displayNumber();
      maxCall = in.maxCall();
      ringing = in.ringing();
      rate = in.rate();
      windows = new ArrayList<>(in.windows());
      callees = new ArrayList<>(in.callees());
      plan = in.plan();
    }

    Input build() {
      return new Input(appId, agentId, taskName, displayNumber, maxCall, ringing, rate, windows, callees, plan);
    }
  }

  // ---- generators of valid input ----

  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String DIGITS = "0123456789";
  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_ ";

  static Input validInput(SplittableRandom random) {
    String appId = string(random, ALPHANUMERIC, 1, 16);
    long agentId = random.nextLong(1, 1_000_000_001L);
    String displayNumber = random.nextInt(10) < 3 ? null : string(random, DIGITS, 0, 20);
    int maxCall = random.nextInt(1, 1000);
    int ringing = random.nextInt(10, 121);
    int rate = random.nextInt(1, 11);
    List<WindowInput> windows = new ArrayList<>();
    for (int count = random.nextInt(4); count > 0; count--) {
      windows.add(window(random));
    }
    List<CalleeInput> callees = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    for (int count = random.nextInt(1, 26); count > 0; count--) {
      CalleeInput callee = callee(random);
      if (numbers.add(callee.number())) {
        callees.add(callee);
      }
    }
    PlanInput plan = random.nextInt(10) < 3 ? null : plan(random);
    return new Input(appId, agentId, taskName(random), displayNumber, maxCall, ringing, rate, windows, callees, plan);
  }

  private static String string(SplittableRandom random, String alphabet, int minLength, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(minLength, maxLength + 1); length > 0; length--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String taskName(SplittableRandom random) {
    while (true) {
      StringBuilder name = new StringBuilder();
      for (int length = random.nextInt(2, 65); length > 0; length--) {
        name.append(random.nextInt(8) == 0 ? (char) random.nextInt('\u4e00', '\u4e30') : NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
      }
      String candidate = name.toString();
      if (!candidate.isBlank() && candidate.strip().equals(candidate)) {
        return candidate;
      }
    }
  }

  private static WindowInput window(SplittableRandom random) {
    int start = random.nextInt(0, 1439);
    int end = random.nextInt(start + 1, 1440);
    return new WindowInput(hhmm(start), hhmm(end));
  }

  private static String hhmm(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  private static CalleeInput callee(SplittableRandom random) {
    List<String> texts = new ArrayList<>();
    for (int count = random.nextInt(11); count > 0; count--) {
      texts.add(random.nextInt(10) < 2 ? null : text(random));
    }
    return new CalleeInput(string(random, DIGITS, 6, 18), texts);
  }

  private static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(31); length > 0; length--) {
      text.append(random.nextBoolean() ? (char) random.nextInt(' ', '~' + 1) : (char) random.nextInt('\u4e00', '\u5000'));
    }
    return text.toString();
  }

  private static PlanInput plan(SplittableRandom random) {
    RecallType type = Seeded.oneOf(random, RecallType.ALL, RecallType.FAILED, RecallType.BY_INTENT);
    int interval = random.nextInt(1, 1441);
    int attempts = random.nextInt(1, 11);
    List<String> intents = new ArrayList<>();
    for (int count = random.nextInt(type.equals(RecallType.BY_INTENT) ? 1 : 0, 4); count > 0; count--) {
      intents.add(string(random, DIGITS, 1, 6));
    }
    List<Long> agents = new ArrayList<>();
    if (random.nextBoolean()) {
      for (int count = attempts; count > 0; count--) {
        agents.add(random.nextLong(1, 1_000_001));
      }
    }
    return new PlanInput(type, interval, attempts, intents, agents);
  }

  // ---- properties ----

  @Test
  @DisplayName("a campaign within every rule is accepted as given, agents defaulting to the campaign's")
  void validCampaignsAreAccepted() {
    Seeded.forAll("valid campaigns are accepted", 200, random -> validCampaignIsAccepted(validInput(random)));
  }

  private static void validCampaignIsAccepted(Input input) {
    Validation<Seq<Violation>, AgentCampaign> built = input.toBuilder().build();

    assertThat(built.isValid()).as("unexpected violations: %s", built.isInvalid() ? built.getError() : "").isTrue();
    AgentCampaign campaign = built.get();
    assertThat(campaign.taskName().value()).isEqualTo(input.taskName());
    assertThat(campaign.callees().map(c -> c.number().digits())).containsExactlyElementsOf(
        input.callees().stream().map(CalleeInput::number).toList());
    assertThat(campaign.callWindows().map(CallWindow::toString)).containsExactlyElementsOf(
        input.windows().stream().map(w -> w.start() + "-" + w.end()).toList());
    if (input.plan() == null) {
      assertThat(campaign.recallPlan().isEmpty()).isTrue();
    } else {
      RecallPlan plan = campaign.recallPlan().get();
      assertThat(plan.agents()).hasSize(input.plan().attempts());
      if (input.plan().agents().isEmpty()) {
        assertThat(plan.agents()).containsOnly(AgentId.of(input.agentId()));
      } else {
        assertThat(plan.agents().map(AgentId::value)).containsExactlyElementsOf(input.plan().agents());
      }
    }
  }

  @Test
  @DisplayName("breaking any single field is reported with that field's path, and nothing else is reported")
  void singleBrokenFieldIsReportedAtItsPath() {
    Set<Breaker> used = EnumSet.noneOf(Breaker.class);
    Seeded.forAll("a single broken field is reported at its path", 600, random -> {
      Broken broken = Seeded.oneOf(random, Breaker.values()).apply(validInput(random), random.nextInt(0, (1 << 20) + 1));
      used.add(broken.breaker());
      singleBrokenFieldIsReported(broken);
    });

    assertThat(used).as("every breaker tried").containsExactlyInAnyOrder(Breaker.values());
  }

  private static void singleBrokenFieldIsReported(Broken broken) {
    Validation<Seq<Violation>, AgentCampaign> built = broken.input().toBuilder().build();

    assertThat(built.isInvalid()).as("accepted although %s", broken.breaker()).isTrue();
    assertThat(built.getError()).as(broken.breaker().name()).hasSize(1);
    Violation violation = built.getError().head();
    assertThat(violation.path()).isEqualTo(broken.expectedPath());
    assertThat(violation.rule()).isNotBlank();
  }

  record Broken(Breaker breaker, Input input, String expectedPath) {
    @Override
    public String toString() {
      return breaker + " -> " + expectedPath;
    }
  }

  private static <T> T pick(int seed, List<T> choices) {
    return choices.get(seed % choices.size());
  }

  @SafeVarargs
  private static <T> List<T> choices(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return Collections.unmodifiableList(list);
  }

  private static PlanInput planOf(Input in) {
    return in.plan() != null ? in.plan() : new PlanInput(RecallType.FAILED, 30, 3, List.of(), List.of());
  }

  /** One way to break one field of a valid input, with the path the violation must name. */
  enum Breaker {
    APP_ID {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.appId = pick(seed, choices(null, "", " ", " Jgd8oFei")); return b; }), "appId");
      }
    },
    AGENT_ID {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.agentId = pick(seed, choices(null, 0L, -1L - seed)); return b; }), "agentId");
      }
    },
    TASK_NAME {
      Broken apply(Input in, int seed) {
        List<String> bad = choices(null, "x", "呼", "a".repeat(65), "呼".repeat(65), "\uD83D\uDCDE".repeat(33), "  ", " padded", "lone\uD83D", "re\u0000named");
        return broken(in.with(b -> { b.taskName = pick(seed, bad); return b; }), "taskName");
      }
    },
    DISPLAY_NUMBER {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.displayNumber = pick(seed, choices("1".repeat(21), "+1008122211", "10 08", "10a")); return b; }),
            "displayNumber");
      }
    },
    MAX_CALL_DURATION {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.maxCall = pick(seed, choices(0, 1000, -1)); return b; }), "maxCallDuration");
      }
    },
    MAX_RINGING_TIME {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.ringing = pick(seed, choices(9, 121, 0)); return b; }), "maxRingingTime");
      }
    },
    CALLOUT_RATE {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.rate = pick(seed, choices(0, -1)); return b; }), "calloutRate");
      }
    },
    CALLEE_NUMBER {
      Broken apply(Input in, int seed) {
        int i = seed % in.callees().size();
        String number = in.callees().get(i).number();
        String bad = pick(seed / 7, choices("12345", "1".repeat(19), "+" + number, number + "x", null));
        return broken(in.with(b -> { b.callees.set(i, b.callees.get(i).withNumber(bad)); return b; }), "callees[" + i + "].number");
      }
    },
    CALLEE_TEXT_LENGTH {
      Broken apply(Input in, int seed) {
        int i = seed % in.callees().size();
        int position = (seed / 7) % 10;
        String bad = pick(seed / 70, choices("a".repeat(31), "呼".repeat(31), "\uD83D\uDCDE".repeat(16), "x\uDCDE", "EUR\t40"));
        List<String> texts = new ArrayList<>(in.callees().get(i).texts());
        while (texts.size() <= position) {
          texts.add(null);
        }
        texts.set(position, bad);
        return broken(in.with(b -> { b.callees.set(i, b.callees.get(i).withTexts(texts)); return b; }),
            "callees[" + i + "].text" + (position + 1));
      }
    },
    CALLEE_TEXT_COUNT {
      Broken apply(Input in, int seed) {
        int i = seed % in.callees().size();
        return broken(in.with(b -> { b.callees.set(i, b.callees.get(i).withTexts(Collections.nCopies(11, "t"))); return b; }),
            "callees[" + i + "].texts");
      }
    },
    DUPLICATE_NUMBER {
      Broken apply(Input in, int seed) {
        int first = seed % in.callees().size();
        int at = in.callees().size();
        return broken(in.with(b -> { b.callees.add(new CalleeInput(b.callees.get(first).number(), List.of())); return b; }),
            "callees[" + at + "].number");
      }
    },
    NO_CALLEES {
      Broken apply(Input in, int seed) {
        return broken(in.with(b -> { b.callees.clear(); return b; }), "callees");
      }
    },
    WINDOW_TIME {
      Broken apply(Input in, int seed) {
        Input withWindow = in.windows().isEmpty() ? in.with(b -> { b.windows.add(new WindowInput("09:00", "17:00")); return b; }) : in;
        int j = seed % withWindow.windows().size();
        String bad = pick(seed / 7, choices("24:00", "9:00", "ab:cd", "23:60", "", null));
        boolean start = (seed / 70) % 2 == 0;
        WindowInput old = withWindow.windows().get(j);
        WindowInput broken = start ? new WindowInput(bad, old.end()) : new WindowInput(old.start(), bad);
        return broken(withWindow.with(b -> { b.windows.set(j, broken); return b; }),
            "callWindows[" + j + "]." + (start ? "start" : "end"));
      }
    },
    WINDOW_ORDER {
      Broken apply(Input in, int seed) {
        Input withWindow = in.windows().isEmpty() ? in.with(b -> { b.windows.add(new WindowInput("09:00", "17:00")); return b; }) : in;
        int j = seed % withWindow.windows().size();
        WindowInput old = withWindow.windows().get(j);
        WindowInput broken = seed % 2 == 0 ? new WindowInput(old.end(), old.start()) : new WindowInput(old.start(), old.start());
        return broken(withWindow.with(b -> { b.windows.set(j, broken); return b; }), "callWindows[" + j + "]");
      }
    },
    TOO_MANY_WINDOWS {
      Broken apply(Input in, int seed) {
        List<WindowInput> four = List.of(new WindowInput("08:00", "09:00"), new WindowInput("10:00", "11:00"),
            new WindowInput("12:00", "13:00"), new WindowInput("14:00", "15:00"));
        return broken(in.with(b -> { b.windows = new ArrayList<>(four); return b; }), "callWindows");
      }
    },
    RECALL_INTERVAL {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        return broken(in.with(b -> {
          b.plan = new PlanInput(p.type(), pick(seed, choices(0, 1441, -1)), p.attempts(), p.intents(), p.agents());
          return b;
        }), "recallPlan.intervalMinutes");
      }
    },
    RECALL_ATTEMPTS {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        return broken(in.with(b -> {
          b.plan = new PlanInput(p.type(), p.interval(), pick(seed, choices(0, 11, -1)), p.intents(), List.of());
          return b;
        }), "recallPlan.attempts");
      }
    },
    RECALL_TYPE {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        return broken(in.with(b -> {
          b.plan = new PlanInput(pick(seed, choices(null, RecallType.of(2), RecallType.of(-1))), p.interval(), p.attempts(),
              p.intents(), p.agents());
          return b;
        }), "recallPlan.type");
      }
    },
    BY_INTENT_WITHOUT_INTENTS {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        return broken(in.with(b -> {
          b.plan = new PlanInput(RecallType.BY_INTENT, p.interval(), p.attempts(), List.of(), p.agents());
          return b;
        }), "recallPlan.intents");
      }
    },
    BLANK_INTENT {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        List<String> intents = new ArrayList<>(p.intents());
        intents.add(pick(seed, choices(" ", "", " 101", null)));
        int at = intents.size() - 1;
        return broken(in.with(b -> {
          b.plan = new PlanInput(p.type(), p.interval(), p.attempts(), intents, p.agents());
          return b;
        }), "recallPlan.intents[" + at + "]");
      }
    },
    AGENT_COUNT {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        int count = seed % 2 == 0 ? p.attempts() + 1 : p.attempts() - 1;
        List<Long> agents = count == 0 ? List.of(7L, 7L) : Collections.nCopies(count, 7L);
        if (agents.size() == p.attempts()) {
          throw new IllegalStateException("breaker produced a valid count");
        }
        return broken(in.with(b -> {
          b.plan = new PlanInput(p.type(), p.interval(), p.attempts(), p.intents(), agents);
          return b;
        }), "recallPlan.agents");
      }
    },
    AGENT_ID_IN_PLAN {
      Broken apply(Input in, int seed) {
        PlanInput p = planOf(in);
        int j = seed % p.attempts();
        List<Long> agents = new ArrayList<>(Collections.nCopies(p.attempts(), 7L));
        agents.set(j, pick(seed / 11, choices(0L, -7L)));
        return broken(in.with(b -> {
          b.plan = new PlanInput(p.type(), p.interval(), p.attempts(), p.intents(), agents);
          return b;
        }), "recallPlan.agents[" + j + "]");
      }
    };

    abstract Broken apply(Input in, int seed);

    Broken broken(Input input, String path) {
      return new Broken(this, input, path);
    }
  }
}
