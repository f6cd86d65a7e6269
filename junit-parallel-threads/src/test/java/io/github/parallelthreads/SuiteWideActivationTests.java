package io.github.parallelthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * With the library on the class path, one system property stresses a suite whose tests do not
 * mention the extension: the launcher is used as Surefire and IDEs use it, with its defaults.
 */
class SuiteWideActivationTests {

  private static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.";

  static final Set<String> threadNames = ConcurrentHashMap.newKeySet();
  private Properties saved;

  @BeforeEach
  void saveSystemProperties() {
    saved = (Properties) System.getProperties().clone();
    threadNames.clear();
  }

  @AfterEach
  void restoreSystemProperties() {
    System.setProperties(saved);
  }

  @Test
  void theThreadsPropertyAloneRunsAnUnannotatedTestOnEveryThread() {
    UnannotatedTestCase.everyone = new CountDownLatch(4);
    System.setProperty("junit.parallel.threads", "4");

    TestExecutionSummary summary = launch(UnannotatedTestCase.class);

    assertThat(summary.getTestsSucceededCount()).isOne();
    assertThat(summary.getTestsFailedCount()).isZero();
    assertThat(threadNames)
        .hasSize(4)
        .allMatch(name -> name.startsWith("parallel-threads UnannotatedTestCase body() [thread "));
  }

  @Test
  void withoutAnyParallelKeyNothingChanges() {
    TestExecutionSummary summary = launch(RecordingTestCase.class);

    assertThat(summary.getTestsSucceededCount()).isOne();
    assertThat(threadNames).containsExactly(Thread.currentThread().getName());
    assertThat(System.getProperty("junit.jupiter.extensions.autodetection.enabled")).isNull();
  }

  @Test
  void anExplicitAutodetectionSettingIsRespected() {
    System.setProperty("junit.parallel.threads", "4");
    System.setProperty("junit.jupiter.extensions.autodetection.enabled", "false");

    TestExecutionSummary summary = launch(RecordingTestCase.class);

    assertThat(summary.getTestsSucceededCount()).isOne();
    assertThat(threadNames).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aMisspeltKeyFailsTheRunNamingTheKeysThatExist() {
    System.setProperty("junit.parallel.thread", "8");

    assertThatThrownBy(() -> launch(RecordingTestCase.class))
        .isInstanceOf(JUnitException.class)
        .hasMessage(
            "unknown configuration parameter junit.parallel.thread=8: junit-parallel-threads reads"
                + " junit.parallel.threads, junit.parallel.iterations,"
                + " junit.parallel.skip-thread-unsafe, junit.parallel.timeout,"
                + " junit.parallel.thread-unsafe-methods, junit.parallel.perturb,"
                + " junit.parallel.perturb.seed, junit.parallel.perturb.packages");
  }

  @Test
  void aLaterLauncherSessionDoesNotSeeTheAutodetectionAnEarlierOneSwitchedOn() {
    UnannotatedTestCase.everyone = new CountDownLatch(4);
    System.setProperty("junit.parallel.threads", "4");
    try (LauncherSession first = LauncherFactory.openSession()) {
      assertThat(launch(first.getLauncher(), UnannotatedTestCase.class).getTestsSucceededCount())
          .isOne();
    }
    assertThat(threadNames).hasSize(4);
    System.clearProperty("junit.parallel.threads");
    AutodetectionTestCase.seen.clear();

    try (LauncherSession second = LauncherFactory.openSession()) {
      assertThat(launch(second.getLauncher(), AutodetectionTestCase.class).getTestsSucceededCount())
          .isOne();
    }

    assertThat(AutodetectionTestCase.seen).containsExactly("enabled=null, include=null");
  }

  @Test
  void whatTheLibrarySetIsPutBackWhenTheSessionClosesAndTheUsersOwnSettingsStay() {
    System.setProperty("junit.parallel.timeout", "30s"); // activates, and runs bodies once
    System.setProperty(AUTODETECTION + "exclude", "com.acme.NoisyExtension");
    AutodetectionTestCase.seen.clear();

    try (LauncherSession session = LauncherFactory.openSession()) {
      launch(session.getLauncher(), AutodetectionTestCase.class);
      launch(session.getLauncher(), AutodetectionTestCase.class);
      assertThat(System.getProperty(AUTODETECTION + "enabled")).isEqualTo("true");
    }

    assertThat(AutodetectionTestCase.seen)
        .containsExactly("enabled=true, include=null", "enabled=true, include=null");
    assertThat(System.getProperty(AUTODETECTION + "enabled")).isNull();
    assertThat(System.getProperty(AUTODETECTION + "include")).isNull();
    assertThat(System.getProperty(AUTODETECTION + "exclude")).isEqualTo("com.acme.NoisyExtension");
  }

  @Test
  void aTestPlanDiscoveredInOneSessionAndExecutedInAnotherStillRunsInParallel() {
    // as Eclipse does: LauncherFactory.create() opens a session per call, discover() then execute()
    UnannotatedTestCase.everyone = new CountDownLatch(4);
    System.setProperty("junit.parallel.threads", "4");
    Launcher launcher = LauncherFactory.create();
    TestPlan plan =
        launcher.discover(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(UnannotatedTestCase.class))
                .build());
    SummaryGeneratingListener listener = new SummaryGeneratingListener();

    launcher.execute(plan, listener);

    assertThat(listener.getSummary().getTestsSucceededCount()).isOne();
    assertThat(threadNames)
        .hasSize(4)
        .allMatch(name -> name.startsWith("parallel-threads UnannotatedTestCase body() [thread "));
    assertThat(System.getProperty(AUTODETECTION + "enabled")).isNull();
    assertThat(System.getProperty(AUTODETECTION + "include")).isNull();
  }

  private static TestExecutionSummary launch(Class<?> testClass) {
    return launch(LauncherFactory.create(), testClass);
  }

  private static TestExecutionSummary launch(Launcher launcher, Class<?> testClass) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    return listener.getSummary();
  }

  static class UnannotatedTestCase {
    static CountDownLatch everyone;

    @org.junit.jupiter.api.Test
    void body() throws InterruptedException {
      threadNames.add(Thread.currentThread().getName());
      ExecutionModelTests.awaitAll(everyone);
    }
  }

  /** Records the autodetection properties its body sees. */
  static class AutodetectionTestCase {
    static final List<String> seen = new CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.Test
    void body() {
      seen.add(
          "enabled="
              + System.getProperty(AUTODETECTION + "enabled")
              + ", include="
              + System.getProperty(AUTODETECTION + "include"));
    }
  }

  static class RecordingTestCase {
    @org.junit.jupiter.api.Test
    void body() {
      threadNames.add(Thread.currentThread().getName());
    }
  }
}
