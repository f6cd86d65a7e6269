package io.github.parallelthreads.internal;

import io.github.parallelthreads.ParallelThreadsExtension;
import io.github.parallelthreads.internal.detection.GlobalState;
import io.github.parallelthreads.internal.detection.TestElements;
import io.github.parallelthreads.internal.execution.CurrentWorker;
import io.github.parallelthreads.internal.execution.Durations;
import io.github.parallelthreads.internal.execution.FailureCollector;
import io.github.parallelthreads.internal.execution.IterationPolicy;
import io.github.parallelthreads.internal.execution.IterationsRun;
import io.github.parallelthreads.internal.execution.OutcomeReport;
import io.github.parallelthreads.internal.execution.ParallelRun;
import io.github.parallelthreads.internal.execution.ThreadHooks;
import io.github.parallelthreads.internal.execution.WorkerArguments;
import io.github.parallelthreads.internal.hooks.TestThreadHooks;
import io.github.parallelthreads.internal.perturbation.RunNoise;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Runs a test body on worker threads instead of JUnit's thread, when its plan asks for it. JUnit's
 * lifecycle around the body is untouched: the interceptor invokes the body itself on every worker
 * and then {@linkplain Invocation#skip() skips} JUnit's own invocation, exactly once.
 */
final class ParallelInterceptor {

  private final ExecutionPlans plans;
  private final SharedStateLines sharedState = new SharedStateLines();

  /**
   * Creates the interceptor.
   *
   * @param plans where test plans come from
   */
  ParallelInterceptor(ExecutionPlans plans) {
    this.plans = plans;
  }

  /**
   * Intercepts a {@code @Test} method or one invocation of a test template.
   *
   * @param invocation JUnit's invocation of the body
   * @param invocationContext the method, target and resolved arguments
   * @param extensionContext the test's context
   * @throws Throwable what the body or the run threw
   */
  void interceptMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    intercept(
        invocation,
        extensionContext,
        plan -> {
          Method method = invocationContext.getExecutable();
          Object target = invocationContext.getTarget().orElse(null);
          WorkerArguments arguments = WorkerArguments.of(method, invocationContext.getArguments());
          // under a budget the iterations are unbounded, and so would their directories be
          boolean deletePassedDirectories = plan.iterateFor() != null;
          return (context, comparator) -> {
            Object[] workerArguments = arguments.forWorker(context, comparator);
            return () -> {
              ReflectionSupport.invokeMethod(method, target, workerArguments);
              if (deletePassedDirectories) {
                arguments.deleteDirectories(workerArguments);
              }
            };
          };
        });
  }

  /**
   * Intercepts a dynamic test: its executable runs on the workers.
   *
   * @param invocation JUnit's invocation of the executable
   * @param invocationContext holds the executable
   * @param extensionContext the dynamic test's context
   * @throws Throwable what the executable or the run threw
   */
  void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    intercept(
        invocation,
        extensionContext,
        plan -> (context, comparator) -> invocationContext.getExecutable()::execute);
  }

  /** Runs the body on workers if the test's plan says so, otherwise lets JUnit run it. */
  private void intercept(
      Invocation<Void> invocation,
      ExtensionContext extensionContext,
      Function<ExecutionPlan, ParallelRun.Body> body)
      throws Throwable {
    ExecutionPlan plan = reportPlanAndParallelPlanOf(extensionContext);
    ThreadHooks hooks = TestThreadHooks.of(extensionContext);
    if (plan == null) {
      proceedBetween(hooks, invocation);
    } else {
      runInParallel(plan, extensionContext, invocation, body.apply(plan), hooks);
    }
  }

  /**
   * Lets JUnit run the body on its own thread, with the test's per-thread hooks just before and
   * after it: the one thread's set-up and tear-down.
   */
  private static void proceedBetween(ThreadHooks hooks, Invocation<Void> invocation)
      throws Throwable {
    if (hooks.isEmpty()) {
      invocation.proceed();
      return;
    }
    boolean[] proceeded = new boolean[1];
    try {
      hooks.runAround(
          CurrentWorker.context(),
          () -> {
            proceeded[0] = true;
            invocation.proceed();
          });
    } finally {
      if (!proceeded[0]) {
        invocation.skip(); // a set-up failed: the body does not run, and JUnit must hear so
      }
    }
  }

  /**
   * Publishes the test's plan as report entries and returns it if the body runs on workers, or null
   * if it runs as usual.
   */
  private ExecutionPlan reportPlanAndParallelPlanOf(ExtensionContext extensionContext) {
    if (CurrentWorker.isWorkerThread()) {
      return null; // already on a worker: never multiply threads by threads
    }
    ExecutionPlan plan = plans.planFor(extensionContext);
    publishReportEntries(plan, extensionContext);
    return plan.runsOnWorkers() ? plan : null;
  }

  private void runInParallel(
      ExecutionPlan plan,
      ExtensionContext extensionContext,
      Invocation<Void> invocation,
      ParallelRun.Body body,
      ThreadHooks hooks) {
    PerturbationSettings perturbation = plans.configuration(extensionContext).perturbation();
    GlobalState before = GlobalState.capture();
    IterationPolicy policy = plan.iterationPolicy();
    ParallelRun run =
        new ParallelRun(
            runName(extensionContext), plan.threads(), policy, plans.timeout(extensionContext));
    PerturbationSession session = null;
    RunNoise noise = null;
    FailureCollector result;
    try {
      if (perturbation.on()) {
        session = PerturbationSession.of(extensionContext, perturbation);
        noise = session.startRun(extensionContext.getUniqueId(), plan.threads());
        run.around(PerturbationSession.around(noise));
      }
      result = run.run(body, hooks);
    } finally {
      if (noise != null) {
        noise.close();
      }
      invocation.skip();
    }
    IterationsRun iterationsRun = run.iterationsRun();
    if (policy.hasBudget()) {
      extensionContext.publishReportEntry(
          ParallelThreadsExtension.ITERATIONS_RUN_REPORT_KEY, iterationsRun.reportValue());
    }
    List<String> notes = new ArrayList<>();
    if (noise != null) {
      extensionContext.publishReportEntry(
          ParallelThreadsExtension.PERTURBATION_REPORT_KEY, session.reportEntry(noise));
      notes.add(session.failureNote(noise));
    }
    String observed = observedChange(before, plan);
    if (observed != null) {
      extensionContext.publishReportEntry(
          ParallelThreadsExtension.GLOBAL_STATE_CHANGED_REPORT_KEY, observed);
      notes.add("The test " + observed + ".");
    }
    String leftRunning = leftRunning(run.threadsLeftRunning());
    if (leftRunning != null) {
      extensionContext.publishReportEntry(
          ParallelThreadsExtension.THREADS_LEFT_RUNNING_REPORT_KEY, leftRunning);
      notes.add("The test body " + leftRunning + ".");
    }
    new OutcomeReport(plan.threads(), policy, iterationsRun)
        .throwIfUnsuccessful(
            result, String.join("\n", notes), () -> sharedState.workOut(extensionContext));
  }

  /** Says which threads the body started and left running, or null if none. */
  private static String leftRunning(List<String> threadNames) {
    if (threadNames.isEmpty()) {
      return null;
    }
    int count = threadNames.size();
    List<String> named = threadNames.subList(0, Math.min(count, 5));
    return "left "
        + count
        + (count == 1 ? " thread" : " threads")
        + " it started running: '"
        + String.join("', '", named)
        + "'"
        + (count > named.size() ? " and " + (count - named.size()) + " more" : "");
  }

  /**
   * Says what JVM-global state the run changed, which no verdict foresaw, or null if none. Other
   * tests that JUnit runs at the same time can change it too, so this is a hint, not a verdict.
   */
  private static String observedChange(GlobalState before, ExecutionPlan plan) {
    List<String> changes = GlobalState.capture().changesSince(before);
    if (changes.isEmpty()) {
      return null;
    }
    String what =
        changes.size() == 1
            ? changes.get(0)
            : String.join(", ", changes.subList(0, changes.size() - 1))
                + " and "
                + changes.get(changes.size() - 1);
    return "changed "
        + what
        + " while running on "
        + plan.threads()
        + (plan.threads() == 1 ? " thread" : " threads")
        + ": probably thread-unsafe; mark it @ThreadUnsafe or list the method that makes the"
        + " change in "
        + ParallelThreadsExtension.THREAD_UNSAFE_METHODS_PROPERTY_NAME;
  }

  /** The test class and the test's display name; dynamic tests have no class of their own. */
  private static String runName(ExtensionContext context) {
    List<Class<?>> classes = TestElements.of(context).classesOutermostFirst();
    return classes.isEmpty()
        ? context.getDisplayName()
        : classes.get(classes.size() - 1).getSimpleName() + " " + context.getDisplayName();
  }

  private static void publishReportEntries(ExecutionPlan plan, ExtensionContext extensionContext) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (plan.runsOnWorkers()) {
      entries.put(ParallelThreadsExtension.THREADS_REPORT_KEY, String.valueOf(plan.threads()));
      if (plan.iterateFor() != null) {
        entries.put(
            ParallelThreadsExtension.ITERATE_FOR_REPORT_KEY, Durations.format(plan.iterateFor()));
      } else {
        entries.put(
            ParallelThreadsExtension.ITERATIONS_REPORT_KEY, String.valueOf(plan.iterations()));
      }
    } else if (plan.heldBackFromParallel()) {
      entries.put(ParallelThreadsExtension.THREADS_REPORT_KEY, "1");
      entries.put(ParallelThreadsExtension.THREAD_UNSAFE_REPORT_KEY, plan.threadUnsafeReason());
    }
    if (!entries.isEmpty()) {
      extensionContext.publishReportEntry(entries);
    }
  }
}
