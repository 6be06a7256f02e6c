package io.voicecampaign.emulator.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One JSON value as an immutable tree, for bodies small enough to hold whole (every request but the
 * task create, which {@code CreateTaskRequest} streams).
 */
public sealed interface JsonValue {

  /** The JSON type's name as a rule would say it: "an object", "a string", ... */
  String kind();

  /**
   * An object; its members keep the order in which they were read. Names are unique: the reader refuses
   * a duplicate.
   *
   * @param members the members by name
   */
  record ObjectValue(Map<String, JsonValue> members) implements JsonValue {
    public ObjectValue {
      members = Collections.unmodifiableMap(Objects.requireNonNull(members, "members == null"));
    }

    /** The member {@code name}, if present (a JSON {@code null} is present). */
    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /**
   * An array.
   *
   * @param elements the elements in order
   */
  record ArrayValue(List<JsonValue> elements) implements JsonValue {
    public ArrayValue {
      elements = Collections.unmodifiableList(Objects.requireNonNull(elements, "elements == null"));
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /**
   * A string.
   *
   * @param value the decoded text
   */
  record StringValue(String value) implements JsonValue {
    public StringValue {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public String kind() {
      return "a string";
    }
  }

  /**
   * A number, kept as its literal so that no precision is lost before a field says what it needs.
   *
   * @param literal the number exactly as written, e.g. {@code -12}, {@code 1.5e3}
   */
  record NumberValue(String literal) implements JsonValue {
    public NumberValue {
      Objects.requireNonNull(literal, "literal == null");
    }

    /** The number as a {@code long} when it is a whole number in range ({@code 41}, {@code 41.0}, {@code 4.1e1}). */
    public OptionalLong longValue() {
      return Numbers.exactLong(literal);
    }

    /** The number as a decimal. */
    public BigDecimal decimalValue() {
      return new BigDecimal(literal);
    }

    @Override
    public String kind() {
      return "a number";
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the value
   */
  record BooleanValue(boolean value) implements JsonValue {
    @Override
    public String kind() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  record NullValue() implements JsonValue {
    /** The one null. */
    public static final NullValue NULL = new NullValue();

    @Override
    public String kind() {
      return "null";
    }
  }
}
