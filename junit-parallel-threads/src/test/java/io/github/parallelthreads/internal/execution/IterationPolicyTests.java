package io.github.parallelthreads.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A budget starts iterations until it has passed and the least count is run, never after a failure.
 */
class IterationPolicyTests {

  @Test
  void aCountNeedsNoDecisionAndReportsItself() {
    IterationPolicy count = IterationPolicy.count(7);

    assertThat(count.hasBudget()).isFalse();
    assertThat(count.maxIterations()).isEqualTo(7);
  }

  @Test
  void underABudgetTheCountIsUnknownInAdvance() {
    IterationPolicy budget = IterationPolicy.budget(Duration.ofSeconds(30), 1);

    assertThat(budget.hasBudget()).isTrue();
    assertThat(budget.budget()).hasSeconds(30);
    assertThat(budget.maxIterations()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void theFirstIterationAlwaysStartsAndTheLeastCountIsRunAfterTheBudgetHasPassed() {
    IterationPolicy budget = IterationPolicy.budget(Duration.ofMillis(1), 3);

    assertThat(budget.startsNext(false)).as("iteration 0").isTrue();
    long first = budget.firstReleaseNanos();
    await().until(() -> System.nanoTime() - first > Duration.ofMillis(1).toNanos());
    assertThat(budget.startsNext(false)).as("iteration 1").isTrue();
    assertThat(budget.startsNext(false)).as("iteration 2").isTrue();
    assertThat(budget.startsNext(false)).as("iteration 3, the budget spent").isFalse();
  }

  @Test
  void noIterationStartsAfterOneFailedEvenWithBudgetAndCountLeft() {
    IterationPolicy budget = IterationPolicy.budget(Duration.ofHours(1), 5);

    assertThat(budget.startsNext(false)).isTrue();
    assertThat(budget.startsNext(false)).isTrue();
    assertThat(budget.startsNext(true)).isFalse();
  }

  @Test
  void aBudgetGoesOnWhileItLasts() {
    IterationPolicy budget = IterationPolicy.budget(Duration.ofHours(1), 1);

    for (int iteration = 0; iteration < 1000; iteration++) {
      assertThat(budget.startsNext(false)).as("iteration %d", iteration).isTrue();
    }
  }

  @Test
  void valuesOutOfRangeAreRejectedNamingThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IterationPolicy.count(0))
        .withMessage("a run needs 1 or more iterations: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IterationPolicy.budget(Duration.ZERO, 1))
        .withMessage("a time budget must be positive: PT0S");
  }
}
