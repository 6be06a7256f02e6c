package io.voicecampaign.emulator;

import java.util.Optional;

/**
 * One flag of the emulator's command line: its name, the variable that stands in for it, its usage
 * text, and what its value sets.
 *
 * @param name     the flag without its dashes, e.g. {@code port}
 * @param variable the environment variable read when the flag is not given, e.g. {@code EMULATOR_PORT}
 * @param operand  what the value is called in the usage text, e.g. {@code N}; empty for a switch
 * @param usage    what it sets, one or more lines
 * @param setter   puts a value into the builder, or names the rule the value breaks
 */
record Flag(String name, String variable, String operand, String usage, Setter setter) {

  /** Puts a flag's value into a builder. */
  @FunctionalInterface
  interface Setter {
    /** Sets {@code value}; the rule it breaks when it cannot be read. */
    Optional<String> set(EmulatorConfig.Builder builder, String value);
  }

  /** True for a flag given without a value ({@code --quiet}), which stands for {@code true}. */
  boolean isSwitch() {
    return operand.isEmpty();
  }

  /** The flag's lines of the usage text. */
  String usageLines() {
    String head = String.format("  %-24s ", "--" + name + (isSwitch() ? "" : " " + operand));
    return head + usage.replace("\n", "\n" + " ".repeat(head.length()));
  }
}
