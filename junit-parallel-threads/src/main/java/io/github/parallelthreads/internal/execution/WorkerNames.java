package io.github.parallelthreads.internal.execution;

/** Names worker threads so that thread dumps and logs show which test and thread they are. */
final class WorkerNames {

  private static final int MAX_TEST_NAME_LENGTH = 120;

  private WorkerNames() {}

  static String of(String testName, int threadIndex, int threadCount) {
    String printable = testName.replaceAll("\\p{Cntrl}", "?");
    if (printable.length() > MAX_TEST_NAME_LENGTH) {
      printable = printable.substring(0, MAX_TEST_NAME_LENGTH) + "...";
    }
    return "parallel-threads " + printable + " [thread " + threadIndex + " of " + threadCount + "]";
  }
}
