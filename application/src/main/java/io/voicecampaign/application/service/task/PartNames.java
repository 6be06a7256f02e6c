package io.voicecampaign.application.service.task;

import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskName;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The task names of a bulk launch's parts: part {@code i} (from 0) of {@code n} is
 * {@code <name>-<i+1>of<n>}, so the same launch always names its parts the same way and a second run
 * finds the parts the first one made.
 */
final class PartNames {

  private final String name;
  private final int parts;

  PartNames(String name, int parts) {
    this.name = name;
    this.parts = parts;
  }

  /** The name of part {@code index}. */
  String of(int index) {
    return name + "-" + (index + 1) + "of" + parts;
  }

  /** The violation when the longest part name is not a valid task name; empty otherwise. */
  Seq<Violation> check() {
    String longest = of(parts - 1);
    return TaskName.validate("name", longest).fold(
        violation -> List.of(Violation.of("name", name, "with the part suffix (\"" + longest.substring(name.length())
            + "\") " + violation.rule())),
        valid -> List.empty());
  }
}
