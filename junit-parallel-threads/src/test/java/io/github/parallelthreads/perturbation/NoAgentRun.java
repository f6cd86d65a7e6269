package io.github.parallelthreads.perturbation;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs a fixture with {@code junit.parallel.perturb=on} in a JVM started without the agent, and
 * prints the message each test finished with: {@code PerturbationTests} starts it in a JVM of its
 * own.
 */
public final class NoAgentRun {

  private NoAgentRun() {}

  public static void main(String[] arguments) {
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.parallel.perturb", "on")
        .selectors(selectClass(PerturbedTestCases.FailingTestCase.class))
        .execute()
        .testEvents()
        .finished()
        .stream()
        .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow())
        .forEach(
            result ->
                System.out.println(
                    "finished: "
                        + result.getStatus()
                        + ": "
                        + result.getThrowable().map(Throwable::getMessage).orElse("")));
  }
}
