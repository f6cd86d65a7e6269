package io.github.parallelthreads.internal.execution;

/**
 * A worker that {@link RunawayWatch} found looping on the CPU, and what the watch saw of it.
 *
 * @param worker the worker's index
 * @param iteration the iteration it is in
 * @param sinceOthersNanos how long it has been running since the last of the others finished
 * @param othersTookNanos how long, from the release, the others took to finish
 * @param othersFinished how many of the others finished
 * @param others how many other workers the run has
 * @param observedNanos how long the watch looked at it before it took it for a loop
 * @param cpuNanos how much CPU time it used in that time
 */
record Runaway(
    int worker,
    int iteration,
    long sinceOthersNanos,
    long othersTookNanos,
    int othersFinished,
    int others,
    long observedNanos,
    long cpuNanos) {

  /**
   * Says what was seen, for a {@link io.github.parallelthreads.WorkerStillRunningException}.
   *
   * @param workerName the worker thread's name
   * @param stack the worker's stack, taken when the run was cut short; its top is the loop
   * @param iterations how many iterations each thread runs
   */
  String describe(String workerName, StackTraceElement[] stack, int iterations) {
    String who =
        othersFinished == others
            ? "the other " + plural(others, "thread")
            : othersFinished + " of the other " + plural(others, "thread");
    String what = iterations > 1 ? " iteration " + iteration : "";
    String where = stack.length == 0 ? "" : ", in " + FailureCollector.format(stack[0]);
    return "worker thread '"
        + workerName
        + "' was still running "
        + Durations.measured(sinceOthersNanos)
        + " after "
        + who
        + " had finished"
        + what
        + " within "
        + Durations.measured(othersTookNanos)
        + ", and busy on the CPU: it never waited, and used "
        + Durations.measured(cpuNanos)
        + " of CPU in the last "
        + Durations.measured(observedNanos)
        + where
        + ". A worker that loops on the CPU long after the others is typical of a structure"
        + " corrupted by concurrent writes (a HashMap or TreeMap whose links now form a cycle),"
        + " or of a busy wait on a field that no other thread will change";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
