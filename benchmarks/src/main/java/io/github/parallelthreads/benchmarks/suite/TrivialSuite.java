package io.github.parallelthreads.benchmarks.suite;

import java.util.List;

/** A suite of 2,000 trivial tests: 20 classes that each inherit {@link HundredTrivialTests}. */
public final class TrivialSuite {

  /** The number of tests in {@link #classes()}. */
  public static final int TEST_COUNT = 2_000;

  private TrivialSuite() {}

  /** The test classes of a suite of {@link #TEST_COUNT} tests that call into helpers. */
  public static List<Class<?>> callingClasses() {
    return List.of(
        Calling01.class,
        Calling02.class,
        Calling03.class,
        Calling04.class,
        Calling05.class,
        Calling06.class,
        Calling07.class,
        Calling08.class,
        Calling09.class,
        Calling10.class,
        Calling11.class,
        Calling12.class,
        Calling13.class,
        Calling14.class,
        Calling15.class,
        Calling16.class,
        Calling17.class,
        Calling18.class,
        Calling19.class,
        Calling20.class);
  }

  /** The test classes of the suite. */
  public static List<Class<?>> classes() {
    return List.of(
        Part01.class,
        Part02.class,
        Part03.class,
        Part04.class,
        Part05.class,
        Part06.class,
        Part07.class,
        Part08.class,
        Part09.class,
        Part10.class,
        Part11.class,
        Part12.class,
        Part13.class,
        Part14.class,
        Part15.class,
        Part16.class,
        Part17.class,
        Part18.class,
        Part19.class,
        Part20.class);
  }

  static final class Part01 extends HundredTrivialTests {}

  static final class Part02 extends HundredTrivialTests {}

  static final class Part03 extends HundredTrivialTests {}

  static final class Part04 extends HundredTrivialTests {}

  static final class Part05 extends HundredTrivialTests {}

  static final class Part06 extends HundredTrivialTests {}

  static final class Part07 extends HundredTrivialTests {}

  static final class Part08 extends HundredTrivialTests {}

  static final class Part09 extends HundredTrivialTests {}

  static final class Part10 extends HundredTrivialTests {}

  static final class Part11 extends HundredTrivialTests {}

  static final class Part12 extends HundredTrivialTests {}

  static final class Part13 extends HundredTrivialTests {}

  static final class Part14 extends HundredTrivialTests {}

  static final class Part15 extends HundredTrivialTests {}

  static final class Part16 extends HundredTrivialTests {}

  static final class Part17 extends HundredTrivialTests {}

  static final class Part18 extends HundredTrivialTests {}

  static final class Part19 extends HundredTrivialTests {}

  static final class Part20 extends HundredTrivialTests {}

  static final class Calling01 extends HundredCallingTests {}

  static final class Calling02 extends HundredCallingTests {}

  static final class Calling03 extends HundredCallingTests {}

  static final class Calling04 extends HundredCallingTests {}

  static final class Calling05 extends HundredCallingTests {}

  static final class Calling06 extends HundredCallingTests {}

  static final class Calling07 extends HundredCallingTests {}

  static final class Calling08 extends HundredCallingTests {}

  static final class Calling09 extends HundredCallingTests {}

  static final class Calling10 extends HundredCallingTests {}

  static final class Calling11 extends HundredCallingTests {}

  static final class Calling12 extends HundredCallingTests {}

  static final class Calling13 extends HundredCallingTests {}

  static final class Calling14 extends HundredCallingTests {}

  static final class Calling15 extends HundredCallingTests {}

  static final class Calling16 extends HundredCallingTests {}

  static final class Calling17 extends HundredCallingTests {}

  static final class Calling18 extends HundredCallingTests {}

  static final class Calling19 extends HundredCallingTests {}

  static final class Calling20 extends HundredCallingTests {}
}
