package io.voicecampaign.domain.recall;

import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * How a campaign recalls its callees automatically ({@code recallFlow} when launching; the body of a
 * recall-flow edit): whom to redial, how long to wait between attempts and how many attempts to make,
 * each attempt run by one agent.
 *
 * <p>Rules: type ALL, FAILED or BY_INTENT; BY_INTENT needs at least one intent code; interval 1-1440
 * minutes; attempts 1-10; agents either empty (every attempt runs the campaign's agent, or, for an
 * edit, the platform keeps its nodes) or exactly one per attempt.
 *
 * @param type            whom each attempt dials
 * @param intervalMinutes minutes between the end of one attempt and the start of the next, 1-1440
 * @param attempts        how many recall attempts, 1-10
 * @param intents         intent codes that select callees for BY_INTENT; sent as given for other types
 * @param agents          the agent of each attempt, in order; empty for the default
 */
public record RecallPlan(RecallType type, int intervalMinutes, int attempts, Seq<IntentCode> intents, Seq<AgentId> agents) {

  /** Shortest interval, minutes. */
  public static final int MIN_INTERVAL_MINUTES = 1;
  /** Longest interval, minutes (one day). */
  public static final int MAX_INTERVAL_MINUTES = 1440;
  /** Fewest attempts. */
  public static final int MIN_ATTEMPTS = 1;
  /** Most attempts. */
  public static final int MAX_ATTEMPTS = 10;

  public RecallPlan {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(intents, "intents == null");
    Objects.requireNonNull(agents, "agents == null");
    Seq<Violation> problems = problems("recallPlan", type, intervalMinutes, attempts, intents.size(), agents.size());
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  /** A builder that collects raw input and reports every violation at once. */
  public static Builder builder() {
    return new Builder();
  }

  private static Seq<Violation> problems(
      String path, RecallType type, int interval, int attempts, int intentCount, int agentCount) {
    List<Violation> problems = List.empty();
    if (!type.isKnown()) {
      problems = problems.append(Violation.of(path + ".type", type, "must be ALL (0), FAILED (1) or BY_INTENT (3)"));
    }
    if (type.equals(RecallType.BY_INTENT) && intentCount == 0) {
      problems = problems.append(Violation.of(path + ".intents", "[]", "must hold at least one intent code when the type is BY_INTENT"));
    }
    if (interval < MIN_INTERVAL_MINUTES || interval > MAX_INTERVAL_MINUTES) {
      problems = problems.append(Violation.of(path + ".intervalMinutes", interval,
          "must be " + MIN_INTERVAL_MINUTES + "-" + MAX_INTERVAL_MINUTES + " minutes"));
    }
    if (attempts < MIN_ATTEMPTS || attempts > MAX_ATTEMPTS) {
      problems = problems.append(Violation.of(path + ".attempts", attempts, "must be " + MIN_ATTEMPTS + "-" + MAX_ATTEMPTS));
    }
    if (agentCount != 0 && agentCount != attempts) {
      problems = problems.append(Violation.of(path + ".agents", agentCount + " agents",
          "must name one agent per attempt (" + attempts + ") or none to use the campaign's agent"));
    }
    return problems;
  }

  /**
   * The violation at {@code path} when the plan names no agents; none when it names one per attempt.
   * An edit sends one node per attempt, each with its agent, since the update page documents no edit
   * without them.
   */
  public Option<Violation> checkAgentsNamed(String path) {
    return agents.isEmpty()
        ? Option.some(Violation.of(path, "none", "must name one agent per attempt (" + attempts + ") for an edit"))
        : Option.none();
  }

  /** The same plan with every attempt run by {@code agent} when no agents were named. */
  public RecallPlan withDefaultAgent(AgentId agent) {
    return agents.isEmpty() ? new RecallPlan(type, intervalMinutes, attempts, intents, List.fill(attempts, agent)) : this;
  }

  /** Collects a plan's raw fields; {@link #build(String)} checks them all. */
  public static final class Builder {
    private RecallType type;
    private int intervalMinutes;
    private int attempts;
    private final java.util.List<String> intents = new java.util.ArrayList<>();
    private final java.util.List<Long> agents = new java.util.ArrayList<>();

    private Builder() {}

    /** Whom each attempt dials. */
    public Builder type(RecallType value) {
      this.type = value;
      return this;
    }

    /** Minutes between attempts, 1-1440. */
    public Builder intervalMinutes(int value) {
      this.intervalMinutes = value;
      return this;
    }

    /** How many attempts, 1-10. */
    public Builder attempts(int value) {
      this.attempts = value;
      return this;
    }

    /** Adds intent codes (opaque strings such as "99998"). */
    public Builder intents(String... codes) {
      this.intents.addAll(java.util.Arrays.asList(codes));
      return this;
    }

    /** Adds the agents of the next attempts, in order. */
    public Builder agents(long... ids) {
      for (long id : ids) {
        this.agents.add(id);
      }
      return this;
    }

    /** The plan, or every violation with paths under {@code recallPlan}. */
    public Validation<Seq<Violation>, RecallPlan> build() {
      return build("recallPlan");
    }

    /** The plan, or every violation with paths under {@code path}. */
    public Validation<Seq<Violation>, RecallPlan> build(String path) {
      List<Violation> problems = List.empty();
      if (type == null) {
        problems = problems.append(Violation.of(path + ".type", null, "is required"));
      }
      List<IntentCode> codes = List.empty();
      for (int i = 0; i < intents.size(); i++) {
        Validation<Violation, IntentCode> code = IntentCode.validate(path + ".intents[" + i + "]", intents.get(i));
        if (code.isValid()) {
          codes = codes.append(code.get());
        } else {
          problems = problems.append(code.getError());
        }
      }
      List<AgentId> ids = List.empty();
      for (int i = 0; i < agents.size(); i++) {
        Validation<Violation, AgentId> id = AgentId.validate(path + ".agents[" + i + "]", agents.get(i));
        if (id.isValid()) {
          ids = ids.append(id.get());
        } else {
          problems = problems.append(id.getError());
        }
      }
      RecallType checkedType = type == null ? RecallType.ALL : type;
      problems = problems.appendAll(problems(path, checkedType, intervalMinutes, attempts, intents.size(), agents.size()));
      return problems.isEmpty()
          ? Validation.valid(new RecallPlan(checkedType, intervalMinutes, attempts, codes, ids))
          : Validation.invalid(problems);
    }
  }
}
