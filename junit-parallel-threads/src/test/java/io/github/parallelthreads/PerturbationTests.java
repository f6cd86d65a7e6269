package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.internal.perturbation.Perturbation;
import io.github.parallelthreads.perturbation.NoAgentRun;
import io.github.parallelthreads.perturbation.PerturbedTestCases;
import io.github.parallelthreads.perturbation.scoped.Counter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.MultipleFailuresError;

/**
 * Brutal mode, {@code junit.parallel.perturb=on}: what it disturbs, on which threads, that it
 * changes no result, and that its seed is printed and honoured. Which races it exposes, and how
 * often, is measured in benchmarks/, not asserted here. This JVM runs with the agent (see the
 * library's pom); one test starts a JVM without it.
 */
class PerturbationTests {

  private static final String SCOPED = "io.github.parallelthreads.perturbation.scoped";

  private static final Pattern ENTRY =
      Pattern.compile(
          "seed (-?\\d+); scope: (.+), (\\d+) classes instrumented; the workers passed (\\d+)"
              + " noise points, paused at (\\d+) and met at (\\d+)");

  @BeforeEach
  void reset() {
    PerturbedTestCases.INSTRUMENTED.clear();
  }

  @Test
  void onDisturbsOnlyTheNamedPackagesAndOnlyOnTheWorkers() {
    JupiterRun run =
        JupiterRun.of(
                PerturbedTestCases.ScopeTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.packages",
                SCOPED)
            .assertCounts(1, 0);

    assertThat(PerturbedTestCases.INSTRUMENTED)
        .as("which classes carried noise points while the body ran")
        .containsEntry("Counter", true)
        .containsEntry("OtherCounter", false);
    // 2 threads x 3 iterations x the 2 points of Counter.hit(): the 100 hits of JUnit's thread in
    // @BeforeEach and the 100 of the thread the body started pass no noise point that counts
    Matcher entry = entryOf(run);
    assertThat(entry.group(2)).isEqualTo("packages " + SCOPED);
    assertThat(entry.group(4)).isEqualTo("12");
    assertThat(Perturbation.isInstrumented(Counter.class))
        .as("put back when the run ended")
        .isFalse();
  }

  @Test
  void callsFromTheScopeIntoTheJdksUnsynchronisedClassesAreNoisePointsTheJdkStaysAsItIs() {
    JupiterRun run =
        JupiterRun.of(
                PerturbedTestCases.JdkCallsTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.packages",
                SCOPED)
            .assertCounts(1, 0);

    // 2 threads x 3 iterations x the 10 calls of HashMap.put in MapFiller.fill
    assertThat(entryOf(run).group(4)).isEqualTo("60");
    assertThat(PerturbedTestCases.INSTRUMENTED).containsEntry("HashMap", false);
  }

  @Test
  void byDefaultOnlyClassesFromDirectoriesOnTheClassPathAreDisturbed() {
    JupiterRun run =
        JupiterRun.of(PerturbedTestCases.OneThreadTestCase.class, "junit.parallel.perturb", "on")
            .assertCounts(1, 0);

    Matcher entry = entryOf(run);
    assertThat(entry.group(2)).isEqualTo("classes loaded from directories on the class path");
    // target/test-classes in the library's build; the tests jar when compat-tests rerun this suite
    boolean fromDirectory =
        Counter.class.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith("/");
    assertThat(entry.group(4)).isEqualTo(fromDirectory ? "4000" : "0");
  }

  @Test
  void offLeavesEveryClassAsItIsEvenWithTheAgent() {
    JupiterRun run =
        JupiterRun.of(
                PerturbedTestCases.ScopeTestCase.class,
                "junit.parallel.perturb",
                "off",
                "junit.parallel.perturb.packages",
                SCOPED)
            .assertCounts(1, 0);

    assertThat(Perturbation.agentInstalled()).isTrue();
    assertThat(PerturbedTestCases.INSTRUMENTED)
        .containsEntry("Counter", false)
        .containsEntry("OtherCounter", false);
    assertThat(run.reportEntriesOf("body(")).doesNotContainKey("parallel.perturbation");
  }

  @Test
  void aRaceFreeBodyStaysGreenUnderNoise() {
    for (long seed = 1; seed <= 5; seed++) {
      JupiterRun run =
          JupiterRun.of(
                  PerturbedTestCases.RaceFreeTestCase.class,
                  "junit.parallel.perturb",
                  "on",
                  "junit.parallel.perturb.seed",
                  String.valueOf(seed),
                  "junit.parallel.perturb.packages",
                  SCOPED)
              .assertCounts(1, 0);

      assertThat(Long.parseLong(entryOf(run).group(5)))
          .as("pauses made with seed %d", seed)
          .isPositive();
    }
  }

  @Test
  void theFailureMessageNamesTheSeedAndHowToRerunWithIt() {
    JupiterRun run =
        JupiterRun.of(
                PerturbedTestCases.FailingTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.seed",
                "123456789",
                "junit.parallel.perturb.packages",
                SCOPED)
            .assertCounts(0, 1);

    assertThat(run.failureOf("body("))
        .isInstanceOf(MultipleFailuresError.class)
        .hasMessageContaining(
            "\nPerturbation on, seed 123456789: rerun with -Djunit.parallel.perturb.seed=123456789"
                + " to make the same random choices (4 noise points passed, ");
    assertThat(entryOf(run).group(1)).isEqualTo("123456789");
  }

  @Test
  void aBodyThatNeverReachesTheScopeIsToldSo() {
    JupiterRun run =
        JupiterRun.of(
                PerturbedTestCases.OutOfScopeTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.seed",
                "7",
                "junit.parallel.perturb.packages",
                SCOPED)
            .assertCounts(0, 1);

    assertThat(run.failureOf("body("))
        .hasMessageContaining(
            "\nPerturbation on, seed 7: rerun with -Djunit.parallel.perturb.seed=7 to make the same"
                + " random choices (0 noise points passed, 0 pauses, 0 meetings). The workers passed no noise"
                + " point: the body did not reach the code in scope (packages "
                + SCOPED
                + "); name the packages of the code under test in junit.parallel.perturb.packages.");
  }

  @Test
  void theSameSeedMakesTheSameChoicesAndTheDefaultSeedIsANewOneEachRun() {
    String first = oneThreadRun(null);
    String second = oneThreadRun(null);
    String firstSeed = seedOf(first);

    assertThat(seedOf(second)).as("a fresh seed per run").isNotEqualTo(firstSeed);
    assertThat(oneThreadRun(firstSeed)).as("rerun with the printed seed").isEqualTo(first);
    assertThat(oneThreadRun("1")).isEqualTo(oneThreadRun("1"));
    assertThat(pausesOf(oneThreadRun("1")))
        .as("another seed, other choices")
        .isNotEqualTo(pausesOf(oneThreadRun("2")));
  }

  @Test
  void eachTestAndRepetitionMakesChoicesOfItsOwnAndTheSeedRepeatsThemAll() {
    List<String> first = repetitionsWithSeed("42");
    List<String> second = repetitionsWithSeed("42");

    assertThat(first).as("the entries of repetitions 1 and 2").hasSize(2);
    assertThat(first.get(0)).startsWith("seed 42;");
    assertThat(first.get(1)).startsWith("seed 42;");
    assertThat(pausesOf(first.get(0)))
        .as("pauses of the two repetitions of one run")
        .isNotEqualTo(pausesOf(first.get(1)));
    assertThat(second).as("a rerun with the seed").isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}=''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "junit.parallel.perturb | sometimes | expected 'off' or 'on'",
        "junit.parallel.perturb | \"\" | expected 'off' or 'on'",
        "junit.parallel.perturb.seed | abc | expected a whole number from -9223372036854775808 to"
            + " 9223372036854775807, such as the seed a failure message printed",
        "junit.parallel.perturb.seed | 1.5 | expected a whole number from -9223372036854775808 to"
            + " 9223372036854775807, such as the seed a failure message printed",
        "junit.parallel.perturb.packages | \"\" | expected comma-separated package names such as"
            + " com.acme or org.example.parser",
      })
  void anInvalidValueFailsNamingTheKeyTheValueAndWhatIsAllowed(
      String key, String value, String allowed) {
    Throwable failure =
        JupiterRun.of(PerturbedTestCases.FailingTestCase.class, key, value)
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "invalid value '" + value + "' for configuration parameter " + key + ": " + allowed);
  }

  @ParameterizedTest(name = "junit.parallel.perturb.packages=''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "com..acme | com..acme | not a package name",
        "com.acme, | '' | not a package name",
        "com.acme,java.util | java.util | the JDK, JUnit and this library are never disturbed",
        "org.junit.jupiter | org.junit.jupiter | the JDK, JUnit and this library are never"
            + " disturbed",
        "io.github.parallelthreads | io.github.parallelthreads | the JDK, JUnit and this library"
            + " are never disturbed",
      })
  void anInvalidPackageIsNamedWithWhy(String value, String entry, String why) {
    Throwable failure =
        JupiterRun.of(
                PerturbedTestCases.FailingTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.packages",
                value)
            .assertCounts(0, 1)
            .failureOf("body(");

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "invalid entry '"
                + entry
                + "' in junit.parallel.perturb.packages="
                + value
                + ": "
                + why
                + "; expected comma-separated package names such as com.acme or"
                + " org.example.parser");
  }

  @Test
  void withoutTheAgentOnFailsSayingHowToAddIt() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NoAgentRun.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    String location = Perturbation.libraryLocation();
    String jar = location.endsWith(".jar") ? location : "<path of the library's jar>";
    assertThat(output)
        .contains(
            "finished: FAILED: junit.parallel.perturb=on needs the library's jar as a Java agent"
                + " of the test JVM, which was started without it: add -javaagent:"
                + jar
                + " to the test JVM's options. Maven: run the maven-dependency-plugin's"
                + " 'properties' goal and give Surefire <argLine>-javaagent:"
                + "${io.github.parallelthreads:junit-parallel-threads:jar}</argLine>. Gradle:"
                + " tasks.test { jvmArgs(\"-javaagent:\" + configurations.getByName("
                + "\"testRuntimeClasspath\").find { it.name.startsWith(\"junit-parallel-threads-\")"
                + " }) }. IntelliJ IDEA, Eclipse: add -javaagent:"
                + jar
                + " to the run configuration's VM options.");
  }

  private static String oneThreadRun(String seed) {
    JupiterRun run =
        seed == null
            ? JupiterRun.of(
                PerturbedTestCases.OneThreadTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.packages",
                SCOPED)
            : JupiterRun.of(
                PerturbedTestCases.OneThreadTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.seed",
                seed,
                "junit.parallel.perturb.packages",
                SCOPED);
    run.assertCounts(1, 0);
    return run.reportEntriesOf("body(").get("parallel.perturbation");
  }

  private static List<String> repetitionsWithSeed(String seed) {
    JupiterRun run =
        JupiterRun.of(
                PerturbedTestCases.RepeatedTestCase.class,
                "junit.parallel.perturb",
                "on",
                "junit.parallel.perturb.seed",
                seed,
                "junit.parallel.perturb.packages",
                SCOPED)
            .assertCounts(2, 0);
    return List.of(
        run.reportEntriesOf("repetition 1 ").get("parallel.perturbation"),
        run.reportEntriesOf("repetition 2 ").get("parallel.perturbation"));
  }

  private static String seedOf(String entry) {
    return matched(entry).group(1);
  }

  private static String pausesOf(String entry) {
    return matched(entry).group(5);
  }

  private static Matcher entryOf(JupiterRun run) {
    return matched(run.reportEntriesOf("body(").get("parallel.perturbation"));
  }

  private static Matcher matched(String entry) {
    assertThat(entry).as("the report entry parallel.perturbation").matches(ENTRY);
    Matcher matcher = ENTRY.matcher(entry);
    assertThat(matcher.matches()).isTrue();
    return matcher;
  }
}
