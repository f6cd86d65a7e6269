package io.github.parallelthreads.internal;

/**
 * A test that failed in parallel, as the run summary lists it.
 *
 * @param name the display names from the class down, such as {@code FooTest > bar()}
 * @param className the binary name of its test class, or null if no test source says
 * @param sharedThroughTest what its threads shared through the test, as the report entry says; null
 *     if that was not worked out (the failure came before or after the threads ran)
 */
record FailedTest(String name, String className, String sharedThroughTest) {

  boolean sharedNothing() {
    return "nothing".equals(sharedThroughTest);
  }

  boolean sharedState() {
    return sharedThroughTest != null
        && !sharedNothing()
        && !sharedThroughTest.startsWith(SharedStateLines.NOT_WORKED_OUT);
  }
}
