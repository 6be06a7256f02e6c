package io.voicecampaign.domain.shared;

import io.vavr.control.Validation;

/**
 * An AI agent (agent template) on the platform: {@code agentId} when launching, {@code scriptId} in
 * task lists and recall nodes.
 *
 * @param value the positive id
 */
public record AgentId(long value) {

  public AgentId {
    if (value <= 0) { // ids are read by the thousand from list pages: build the Validation only to fail
      Checks.orThrow(check("agentId", value));
    }
  }

  /** The agent {@code value}. */
  public static AgentId of(long value) {
    return new AgentId(value);
  }

  /** The agent id, or the violation at {@code path}. */
  public static Validation<Violation, AgentId> validate(String path, long value) {
    return check(path, value).map(AgentId::new);
  }

  private static Validation<Violation, Long> check(String path, long value) {
    return value > 0 ? Validation.valid(value) : Validation.invalid(Violation.of(path, value, "must be a positive id"));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
