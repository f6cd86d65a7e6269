package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;

/** A shared StringBuilder reused to build messages: callers' text gets mixed up. */
public final class SharedStringBuilderKernel extends Kernel<StringBuilder> {

  public SharedStringBuilderKernel() {
    super("stringbuilder", "one StringBuilder reused by callers: mixed text");
  }

  @Override
  protected StringBuilder newState() {
    return new StringBuilder();
  }

  @Override
  protected void exercise(StringBuilder buffer, int execution) {
    for (int part = 0; part < 4; part++) {
      buffer.setLength(0);
      buffer.append("order ").append(execution).append(" part ").append(part).append(" done");
      String message = buffer.toString();
      String expected = "order " + execution + " part " + part + " done";
      if (!message.equals(expected)) {
        throw new RaceExposedError("built '" + message + "', expected '" + expected + "'");
      }
    }
  }
}
