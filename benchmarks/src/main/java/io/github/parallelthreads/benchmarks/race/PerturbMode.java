package io.github.parallelthreads.benchmarks.race;

import java.util.List;

/** The three settings PerturbExposure compares: the key off without and with the agent, and on. */
enum PerturbMode {
  OFF("off", false, "off"),
  OFF_WITH_AGENT("off+agent", true, "off"),
  ON("on", true, "on");

  /** The column heading. */
  final String id;

  /** Whether the trial JVM has the library jar as its Java agent. */
  final boolean agent;

  /** The value of junit.parallel.perturb. */
  final String key;

  PerturbMode(String id, boolean agent, String key) {
    this.id = id;
    this.agent = agent;
    this.key = key;
  }

  static PerturbMode of(boolean agent, String key) {
    for (PerturbMode mode : values()) {
      if (mode.agent == agent && mode.key.equals(key)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("perturb=" + key + " needs the agent");
  }

  /** The modes a JVM without the agent runs. */
  static List<PerturbMode> withoutAgent() {
    return List.of(OFF);
  }

  /** The modes a JVM with the agent runs, taking turns. */
  static List<PerturbMode> withAgent() {
    return List.of(OFF_WITH_AGENT, ON);
  }
}
