package io.github.parallelthreads.benchmarks.race;

import io.github.parallelthreads.benchmarks.race.runners.ExtensionDefaultRace;
import io.github.parallelthreads.benchmarks.race.runners.ExtensionDefaultShortRace;
import io.github.parallelthreads.benchmarks.race.runners.ExtensionIterationsRace;
import io.github.parallelthreads.benchmarks.race.runners.ExtensionRepeatedIterationsRace;
import io.github.parallelthreads.benchmarks.race.runners.JupiterConcurrentRace;
import io.github.parallelthreads.benchmarks.race.runners.TempusFugitRace;
import io.github.parallelthreads.benchmarks.race.runners.TestNgRace;
import java.util.Map;

/**
 * A way of running one test body a budget of times (10,000 for the comparison with peers) on 4
 * threads, through the real JUnit Platform launcher and the runner's own engine.
 */
enum Runner {
  EXT_DEFAULT(
      "ext-default",
      "this extension, @ParallelThreads(4), default iterations, @RepeatedTest(2500)",
      ExtensionDefaultRace.class,
      "junit-jupiter",
      true,
      Map.of()),
  /** The same with a budget of 400, for perturbation's short trials (PerturbExposure). */
  EXT_DEFAULT_400(
      "ext-default-400",
      "this extension, @ParallelThreads(4), default iterations, @RepeatedTest(100)",
      ExtensionDefaultShortRace.class,
      "junit-jupiter",
      true,
      Map.of(),
      400),
  EXT_REPEATED_ITERATIONS(
      "ext-4x100x25",
      "this extension, @ParallelThreads(4) @Iterations(100), @RepeatedTest(25)",
      ExtensionRepeatedIterationsRace.class,
      "junit-jupiter",
      true,
      Map.of()),
  EXT_ITERATIONS(
      "ext-4x2500",
      "this extension, @ParallelThreads(4) @Iterations(2500)",
      ExtensionIterationsRace.class,
      "junit-jupiter",
      false,
      Map.of()),
  JUPITER_CONCURRENT(
      "jupiter-concurrent",
      "JUnit Jupiter @RepeatedTest(10000) @Execution(CONCURRENT), fixed parallelism 4",
      JupiterConcurrentRace.class,
      "junit-jupiter",
      true,
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "4")),
  TESTNG(
      "testng",
      "TestNG 7.11.0 @Test(threadPoolSize = 4, invocationCount = 10000), testng-engine 1.0.6",
      TestNgRace.class,
      "testng",
      false,
      Map.of()),
  TEMPUS_FUGIT(
      "tempus-fugit",
      "tempus-fugit 1.1 @Concurrent(count = 4) @Repeating(repetition = 2500), Vintage engine",
      TempusFugitRace.class,
      "junit-vintage",
      true,
      Map.of());

  final String id;
  final String description;
  final Class<?> testClass;
  final String engine;

  /**
   * May invoke the body fewer times once it has failed: Jupiter's failureThreshold skips the
   * remaining repetitions; a tempus-fugit thread stops repeating when its body fails.
   */
  final boolean stopsAtFirstFailure;

  final Map<String, String> configuration;

  /** The body executions the runner is asked for. */
  final int budget;

  Runner(
      String id,
      String description,
      Class<?> testClass,
      String engine,
      boolean stopsAtFirstFailure,
      Map<String, String> configuration) {
    this(id, description, testClass, engine, stopsAtFirstFailure, configuration, 10_000);
  }

  Runner(
      String id,
      String description,
      Class<?> testClass,
      String engine,
      boolean stopsAtFirstFailure,
      Map<String, String> configuration,
      int budget) {
    this.id = id;
    this.description = description;
    this.testClass = testClass;
    this.engine = engine;
    this.stopsAtFirstFailure = stopsAtFirstFailure;
    this.configuration = configuration;
    this.budget = budget;
  }
}
