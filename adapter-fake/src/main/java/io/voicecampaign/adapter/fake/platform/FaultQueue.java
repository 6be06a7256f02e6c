package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.fault.Port;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The injected faults still to be served, in the order they were injected. A call takes the first
 * fault aimed at its operation or at its port; each fault serves a given number of calls.
 */
final class FaultQueue {

  private static final class Rule {
    final Operation operation;
    final Port port;
    final Fault fault;
    int remaining;

    Rule(Operation operation, Port port, Fault fault, int remaining) {
      this.operation = operation;
      this.port = port;
      this.fault = fault;
      this.remaining = remaining;
    }

    boolean matches(Operation called) {
      return operation != null ? operation == called : port == called.port();
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  void add(Operation operation, Port port, int times, Fault fault) {
    rules.add(new Rule(operation, port, fault, times));
  }

  /** The fault the next call to {@code operation} suffers, consumed; null when none is due. */
  Fault take(Operation operation) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.matches(operation)) {
        if (--rule.remaining == 0) {
          it.remove();
        }
        return rule.fault;
      }
    }
    return null;
  }

  int pending() {
    int sum = 0;
    for (Rule rule : rules) {
      sum += rule.remaining;
    }
    return sum;
  }

  void clear() {
    rules.clear();
  }
}
