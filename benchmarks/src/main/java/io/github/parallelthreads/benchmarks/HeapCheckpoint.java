package io.github.parallelthreads.benchmarks;

import java.util.Locale;

/**
 * What {@link HeapGrowthRun} saw after a number of tests, passed to {@link HeapGrowth} as one line
 * of text.
 *
 * @param tests tests finished so far
 * @param liveBytes the size of all live objects
 * @param workerGroups live {@code WorkerThreadGroup}s (the library's thread group of one run)
 * @param outcomes live {@code FailureCollector.Outcomes} (two per run's failure collector)
 * @param threadGroups live plain {@code java.lang.ThreadGroup}s
 * @param gcMillis time the collectors took so far, without the collections the checkpoints forced
 * @param wallMillis time since the suite started, without the time the checkpoints took
 * @param load the machine's load average at the checkpoint
 */
record HeapCheckpoint(
    int tests,
    long liveBytes,
    long workerGroups,
    long outcomes,
    long threadGroups,
    long gcMillis,
    long wallMillis,
    double load) {

  private static final String PREFIX = "checkpoint ";

  String line() {
    return String.format(
        Locale.ROOT,
        PREFIX + "%d %d %d %d %d %d %d %.2f",
        tests,
        liveBytes,
        workerGroups,
        outcomes,
        threadGroups,
        gcMillis,
        wallMillis,
        load);
  }

  /** True for the lines {@link #line()} writes; the JVM prints others (the library's summary). */
  static boolean isOne(String line) {
    return line.startsWith(PREFIX);
  }

  static HeapCheckpoint parse(String line) {
    String[] fields = line.substring(PREFIX.length()).split(" ");
    return new HeapCheckpoint(
        Integer.parseInt(fields[0]),
        Long.parseLong(fields[1]),
        Long.parseLong(fields[2]),
        Long.parseLong(fields[3]),
        Long.parseLong(fields[4]),
        Long.parseLong(fields[5]),
        Long.parseLong(fields[6]),
        Double.parseDouble(fields[7]));
  }
}
