package io.voicecampaign.reliability.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Breaks a {@link Json} tree in place: a value replaced by an odd one (wrong type, a string for a
 * number, a huge or fractional number, null, an unknown enum value, an odd date), a member removed,
 * renamed or duplicated, an unknown member added, a list element repeated many times.
 */
final class Mutations {

  /** Odd values: everything a field should not hold, and values at and beyond every limit. */
  private static final Object[] ODD = {
      null, true, false, "", " ", "abc", "null", "0", "-1", "7", "123123", "1.5", "1e3", "0x1F", " 42 ", "+5",
      new Json.Raw("0"), new Json.Raw("-1"), new Json.Raw("-0"), new Json.Raw("1.5"), new Json.Raw("-0.0"),
      new Json.Raw("1e400"), new Json.Raw("-1e400"), new Json.Raw("1E-400"), new Json.Raw("4.9e-324"),
      new Json.Raw("2147483647"), new Json.Raw("2147483648"), new Json.Raw("-2147483649"),
      new Json.Raw("9223372036854775807"), new Json.Raw("9223372036854775808"), new Json.Raw("-9223372036854775809"),
      new Json.Raw("99999999999999999999999999999999999999"), new Json.Raw("1.0"), new Json.Raw("7.0"),
      new Json.Raw("5"), new Json.Raw("7"), new Json.Raw("9"), new Json.Raw("99"), new Json.Raw("-99"), new Json.Raw("4"),
      "2024-02-30 25:61:61", "2026-03-02T10:00:00+08:00", "2026-03-02 10:00:00.123", "0000-00-00 00:00:00",
      "99999-01-01 00:00:00", "20260302100000", "1772416800", "yesterday",
      "\u547c\u53eb\uD83D\uDCDE", "\u0000\u001f", "\uFFFD", "<script>alert(1)</script>", "\"quoted\"",
  };

  private Mutations() {}

  /** Applies {@code count} random breakages to {@code root}. */
  static void apply(Object root, int count, Random random) {
    for (int i = 0; i < count; i++) {
      List<Slot> slots = new ArrayList<>();
      collect(root, slots);
      if (slots.isEmpty()) {
        return;
      }
      slots.get(random.nextInt(slots.size())).breakIt(random);
    }
  }

  /** An odd value, sometimes a long string, an empty container or a small nested one. */
  static Object oddValue(Random random) {
    int pick = random.nextInt(ODD.length + 4);
    if (pick < ODD.length) {
      return ODD[pick];
    }
    return switch (pick - ODD.length) {
      case 0 -> "x".repeat(1 + random.nextInt(20_000));
      case 1 -> Json.obj();
      case 2 -> Json.array();
      default -> Json.obj().put("a", Json.array(Json.number(1), Json.obj().put("b", null)));
    };
  }

  private static void collect(Object node, List<Slot> slots) {
    if (node instanceof Json.Obj obj) {
      for (int i = 0; i < obj.members.size(); i++) {
        slots.add(new Slot(obj, null, i));
        collect(obj.members.get(i).value, slots);
      }
      slots.add(new Slot(obj, null, -1));
    } else if (node instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      for (int i = 0; i < items.size(); i++) {
        slots.add(new Slot(null, items, i));
        collect(items.get(i), slots);
      }
      slots.add(new Slot(null, items, -1));
    }
  }

  /** A place in a container: a member or element ({@code index >= 0}), or the container's end. */
  private record Slot(Json.Obj obj, List<Object> list, int index) {

    void breakIt(Random random) {
      if (index < 0) {
        add(random);
        return;
      }
      int action = random.nextInt(100);
      if (action < 60) {
        set(oddValue(random));
      } else if (action < 75) {
        remove();
      } else if (action < 85) {
        add(random);
      } else if (action < 92) {
        repeat(random);
      } else {
        rename(random);
      }
    }

    private void set(Object value) {
      if (obj != null) {
        obj.members.get(index).value = value;
      } else {
        list.set(index, value);
      }
    }

    private void remove() {
      if (obj != null) {
        obj.members.remove(index);
      } else {
        list.remove(index);
      }
    }

    private void add(Random random) {
      if (obj != null) {
        String name = obj.members.isEmpty() || random.nextBoolean()
            ? "unknown" + random.nextInt(100)
            : obj.members.get(random.nextInt(obj.members.size())).name;
        obj.put(name, oddValue(random));
      } else {
        list.add(oddValue(random));
      }
    }

    private void repeat(Random random) {
      if (list != null) {
        Object element = list.get(index);
        int copies = 1 + random.nextInt(300);
        for (int i = 0; i < copies; i++) {
          list.add(element);
        }
      } else {
        Json.Member member = obj.members.get(index);
        obj.put(member.name, member.value);
      }
    }

    private void rename(Random random) {
      if (obj != null) {
        Json.Member member = obj.members.get(index);
        member.name = switch (random.nextInt(4)) {
          case 0 -> member.name.toUpperCase(Locale.ROOT);
          case 1 -> member.name + " ";
          case 2 -> "";
          default -> member.name.substring(0, member.name.length() / 2);
        };
      } else {
        set(Json.obj().put("wrapped", list.get(index)));
      }
    }
  }
}
