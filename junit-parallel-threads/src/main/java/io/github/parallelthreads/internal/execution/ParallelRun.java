package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.DeadlockDetectedException;
import io.github.parallelthreads.ThreadComparator;
import io.github.parallelthreads.WorkerStillRunningException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs a test body on N fresh worker threads, M iterations each, all threads passing the start
 * barrier together before every iteration, and collects what every thread did.
 *
 * <p>A worker that fails goes on with its next iteration, so no other worker waits for it at the
 * barrier; under a time budget, the {@link IterationPolicy} has all workers stop together after the
 * iteration in which one failed. Each worker runs the test's {@link ThreadHooks} itself: its
 * set-ups before it first waits at the barrier, its tear-downs after its last iteration; a worker
 * whose set-up failed runs no body but still passes every barrier, for the same reason. The run
 * ends when every worker is done, or when it is cut short (timeout, a deadlock, a worker looping on
 * the CPU long after the others, the calling thread interrupted, an {@link OutOfMemoryError}); then
 * the barrier is broken so no worker is left waiting, and unfinished workers are interrupted and
 * reported with their stacks. Those that do not stop are abandoned: {@link AbandonedWorkers} keeps
 * track of them.
 *
 * <p>An {@link OutOfMemoryError} thrown by a body or a hook stops the run too. It is that thread's
 * failure if the heap has room again once the workers have ended ({@link HeapRoom}); otherwise it
 * is rethrown, for JUnit to end the whole run.
 */
public final class ParallelRun {

  /** Prepares one worker's call of the body for one iteration, before the start barrier. */
  @FunctionalInterface
  public interface Body {
    Call prepare(WorkerContext context, ThreadComparator comparator) throws Throwable;
  }

  /** One execution of the body, as tight after the barrier as possible. */
  @FunctionalInterface
  public interface Call {
    void run() throws Throwable;
  }

  /** How long interrupted workers get to stop before they are abandoned. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  /** Deadlocked threads never stop; the other workers only need to leave the barrier. */
  private static final Duration DEADLOCK_STOP_GRACE = Duration.ofMillis(500);

  /**
   * A worker found looping on the CPU for seconds does not look at its interrupt; the other workers
   * only need to leave the barrier.
   */
  private static final Duration RUNAWAY_STOP_GRACE = Duration.ofMillis(500);

  /** How often the watchdog looks for deadlocks and runaways while a run is in progress. */
  private static final Duration DEADLOCK_POLL = Duration.ofMillis(250);

  /** The note of a run in which a worker ran out of memory, its heap with room again after. */
  private static final String OUT_OF_MEMORY_NOTE =
      "The run was stopped when a worker ran out of memory. Once the workers had ended the heap had"
          + " room again, so the memory went to what the body built, not to the JVM: a structure"
          + " corrupted by concurrent writes can make iterating it, or building its toString() for"
          + " an assertion's message, go on without end.";

  private static final int NOT_STARTED = -1;
  private static final int FINISHED = -2;

  private final String name;
  private final int threadCount;
  private final int iterations;
  private final IterationPolicy policy;
  private final Duration timeout;
  private final StartBarrier barrier;
  private final RunComparator comparator;
  private final FailureCollector failures = new FailureCollector();
  private final CountDownLatch done;
  private final AtomicIntegerArray currentIteration;
  private final AtomicIntegerArray iterationsRun;
  private long endNanos;
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final AtomicReference<OutOfMemoryError> outOfMemory = new AtomicReference<>();
  private HeapRoom heapRoom = HeapRoom.PROBE;
  private final ThreadMXBean threadBean;
  private final WorkerThreadGroup group;
  private final RunawayWatch runawayWatch;
  private List<String> leftRunning = List.of();
  private AroundBody aroundBody = AroundBody.NOTHING;

  public ParallelRun(String name, int threadCount, int iterations, Duration timeout) {
    this(name, threadCount, IterationPolicy.count(iterations), timeout);
  }

  /**
   * A run whose policy says how many iterations the threads start.
   *
   * @param policy a policy of its own: a budget serves one run
   */
  public ParallelRun(String name, int threadCount, IterationPolicy policy, Duration timeout) {
    this(name, threadCount, policy, timeout, ManagementFactory.getThreadMXBean());
  }

  /** With the thread MXBean the deadlock watch asks: the tests' way to make it refuse. */
  @VisibleForTesting
  ParallelRun(
      String name, int threadCount, int iterations, Duration timeout, ThreadMXBean threadBean) {
    this(name, threadCount, IterationPolicy.count(iterations), timeout, threadBean);
  }

  private ParallelRun(
      String name,
      int threadCount,
      IterationPolicy policy,
      Duration timeout,
      ThreadMXBean threadBean) {
    this.name = name;
    this.threadCount = threadCount;
    this.policy = policy;
    this.iterations = policy.maxIterations();
    this.timeout = timeout;
    this.threadBean = threadBean;
    // a count needs no decision: every thread knows when it is done
    this.barrier =
        policy.hasBudget()
            ? new StartBarrier(threadCount, () -> policy.startsNext(failures.hasFailures()))
            : new StartBarrier(threadCount);
    this.comparator = new RunComparator(threadCount);
    this.done = new CountDownLatch(threadCount);
    this.currentIteration = new AtomicIntegerArray(threadCount);
    this.iterationsRun = new AtomicIntegerArray(threadCount);
    this.group = new WorkerThreadGroup("parallel-threads " + name, failures);
    this.runawayWatch = new RunawayWatch(threadCount);
  }

  /**
   * Has every worker do something just before and after each body; call before {@link #run}.
   *
   * @return this run
   */
  public ParallelRun around(AroundBody around) {
    this.aroundBody = around;
    return this;
  }

  /**
   * Has the run ask this whether the heap has room again after a worker ran out of memory.
   *
   * @return this run
   */
  @VisibleForTesting
  ParallelRun heapRoom(HeapRoom room) {
    this.heapRoom = room;
    return this;
  }

  /**
   * Runs the body on every thread and waits for them.
   *
   * @return what the threads did, for {@link OutcomeReport}
   */
  public FailureCollector run(Body body) {
    return run(body, ThreadHooks.NONE);
  }

  /**
   * Runs the body on every thread, each thread's set-ups before its first wait at the barrier and
   * its tear-downs after its last iteration, and waits for them.
   *
   * @return what the threads did, for {@link OutcomeReport}
   */
  public FailureCollector run(Body body, ThreadHooks hooks) {
    Thread[] workers = createWorkers(body, hooks);
    barrier.bind(workers);
    startAll(workers);
    try {
      awaitWorkers(workers);
    } catch (InterruptedException interrupted) {
      cutShort(workers, "when the test's own thread was interrupted", STOP_GRACE);
      Thread.currentThread().interrupt();
    }
    endNanos = System.nanoTime();
    leftRunning =
        group.leftRunning(workers).stream()
            .map(Thread::getName)
            .sorted()
            .collect(Collectors.toList());
    group.close(workers);
    // what stopped the run reaches the test as it is, or as the cause: it is never hidden
    Throwable stoppedBy = fatal.get();
    String stopped = "; the run was stopped";
    if (stoppedBy == null && outOfMemory.get() != null) {
      if (heapRoom.hasRoom()) {
        failures.note(OUT_OF_MEMORY_NOTE); // the error stays the thread's recorded failure
      } else {
        stoppedBy = outOfMemory.get();
        stopped += ", and the heap had no room even after its workers had ended";
      }
    }
    if (stoppedBy instanceof Error error) {
      error.addSuppressed(
          new IllegalStateException(
              "thrown by a worker thread of parallel run '" + name + "'" + stopped));
      throw error;
    }
    if (stoppedBy != null) {
      throw new ParallelRunException(
          "a worker thread of parallel run '"
              + name
              + "' threw "
              + stoppedBy.getClass().getName()
              + " outside the test body, so the run was stopped; the cause is what it threw",
          stoppedBy);
    }
    return failures;
  }

  /**
   * Names of the threads the test body started and left running; known once {@link #run} has
   * returned.
   */
  public List<String> threadsLeftRunning() {
    return leftRunning;
  }

  /**
   * How many iterations each thread ran, and how long the run took from its first release; known
   * once {@link #run} has returned. Only a budgeted run times its first release.
   */
  public IterationsRun iterationsRun() {
    int[] counts = new int[threadCount];
    for (int i = 0; i < threadCount; i++) {
      counts[i] = iterationsRun.get(i);
    }
    long first = policy.firstReleaseNanos();
    return new IterationsRun(counts, first == 0 ? 0 : endNanos - first);
  }

  /**
   * Waits for the workers until they are done, the timeout passes, or the watchdog finds a deadlock
   * among them or a worker looping on the CPU long after the others; all but the first cut the run
   * short.
   */
  private void awaitWorkers(Thread[] workers) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    DeadlockWatch watch = new DeadlockWatch(group, threadBean, failures);
    while (true) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        cutShort(
            workers,
            "when the parallel run exceeded junit.parallel.timeout ("
                + Durations.format(timeout)
                + ")",
            STOP_GRACE);
        return;
      }
      if (done.await(Math.min(remaining, DEADLOCK_POLL.toNanos()), TimeUnit.NANOSECONDS)) {
        return;
      }
      Optional<DeadlockDetectedException> deadlock = watch.find();
      if (deadlock.isPresent()) {
        int worker = firstUnfinished();
        failures.recordAlways(worker, Math.max(currentIteration.get(worker), 0), deadlock.get());
        cutShort(workers, "when a deadlock was found", DEADLOCK_STOP_GRACE);
        return;
      }
      List<Runaway> runaways = runawayWatch.find(workers);
      if (!runaways.isEmpty()) {
        cutShort(workers, whenFound(runaways, workers), RUNAWAY_STOP_GRACE, runaways);
        return;
      }
    }
  }

  private static String whenFound(List<Runaway> runaways, Thread[] workers) {
    List<String> names =
        runaways.stream()
            .map(runaway -> "'" + workers[runaway.worker()].getName() + "'")
            .collect(Collectors.toList());
    return names.size() == 1
        ? "when worker thread " + names.get(0) + " was found looping on the CPU"
        : "when worker threads " + String.join(", ", names) + " were found looping on the CPU";
  }

  private int firstUnfinished() {
    for (int i = 0; i < threadCount; i++) {
      if (currentIteration.get(i) != FINISHED) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Creates workers that look like the test thread to the code under test: its daemon flag,
   * priority, context class loader and inheritable thread-locals, so that, for one, a thread the
   * body starts is a daemon exactly when it would be on the test thread. The cost, an abandoned
   * worker that may keep the JVM alive, is weighed in docs/how-it-works.md.
   */
  private Thread[] createWorkers(Body body, ThreadHooks hooks) {
    Thread testThread = Thread.currentThread();
    Thread[] workers = new Thread[threadCount];
    for (int i = 0; i < threadCount; i++) {
      int index = i;
      currentIteration.set(i, NOT_STARTED);
      workers[i] =
          new Thread(
              group, () -> work(index, body, hooks), WorkerNames.of(name, i, threadCount), 0, true);
      workers[i].setDaemon(testThread.isDaemon());
      workers[i].setPriority(testThread.getPriority());
      workers[i].setContextClassLoader(testThread.getContextClassLoader());
    }
    return workers;
  }

  private void startAll(Thread[] workers) {
    for (int i = 0; i < workers.length; i++) {
      try {
        workers[i].start();
      } catch (OutOfMemoryError cannotStart) {
        cancel();
        throw new ParallelRunException(
            "could not start worker thread "
                + (i + 1)
                + " of "
                + threadCount
                + " ("
                + cannotStart.getMessage()
                + "): the machine cannot run this many threads; lower junit.parallel.threads"
                + " or the value of @ParallelThreads",
            cannotStart);
      }
    }
  }

  private void work(int index, Body body, ThreadHooks hooks) {
    ThreadComparator threadComparator = comparator.forThread(index);
    int reached = 0;
    boolean tearDown = true;
    try {
      boolean setUp = setUp(hooks, new WorkerContext(index, threadCount, 0, iterations));
      for (int iteration = 0; iteration < iterations; iteration++) {
        WorkerContext context = new WorkerContext(index, threadCount, iteration, iterations);
        // a thread whose set-up failed runs no body, yet passes every barrier: none waits for it
        Call call = setUp ? prepare(body, context, threadComparator) : null;
        comparator.iterationStarted(index, iteration);
        currentIteration.set(index, iteration);
        if (!barrier.await()) {
          break; // the budget is spent, or an iteration failed: no thread starts this one
        }
        reached = iteration; // the tear-down sees the last iteration this thread started
        runawayWatch.bodyStarted(index, iteration);
        execute(call, context);
        runawayWatch.bodyEnded(index);
        iterationsRun.lazySet(index, iteration + 1); // read once the worker is done
      }
    } catch (RunCancelledException cancelled) {
      // the run was cut short; the thread that cut it reports why
    } catch (Throwable fatalError) {
      // a fault of the run, or memory too short even to record a failure: nothing more runs here
      tearDown = false;
      fatal.compareAndSet(null, fatalError);
      cancel();
    } finally {
      if (tearDown) {
        tearDown(hooks, new WorkerContext(index, threadCount, reached, iterations));
      }
      currentIteration.set(index, FINISHED);
      done.countDown();
    }
  }

  /**
   * Runs the thread's set-ups, where the code they run sees the worker's context.
   *
   * @return whether all passed
   */
  private boolean setUp(ThreadHooks hooks, WorkerContext context) throws Throwable {
    if (hooks.isEmpty()) {
      return true;
    }
    enterHooks(context);
    try {
      return hooks.setUp(context, (hook, failure) -> recordHookFailure(hook, context, failure));
    } finally {
      leaveHooks();
    }
  }

  /** Runs the thread's tear-downs; one that runs out of memory stops the run. */
  private void tearDown(ThreadHooks hooks, WorkerContext context) {
    if (hooks.isEmpty()) {
      return;
    }
    enterHooks(context);
    try {
      hooks.tearDown(context, (hook, failure) -> recordHookFailure(hook, context, failure));
    } catch (Throwable fatalError) {
      fatal.compareAndSet(null, fatalError);
      cancel();
    } finally {
      leaveHooks();
    }
  }

  private void enterHooks(WorkerContext context) {
    CurrentWorker.enter(context);
    group.enter(context);
  }

  private static void leaveHooks() {
    CurrentWorker.leave();
    Thread.interrupted(); // an interrupt a hook left behind must not reach the body
  }

  private void recordHookFailure(ThreadHook hook, WorkerContext context, Throwable failure) {
    stopIfOutOfMemory(failure);
    failures.recordHook(context.threadIndex(), context.iterationIndex(), hook, failure);
  }

  private Call prepare(Body body, WorkerContext context, ThreadComparator threadComparator)
      throws Throwable {
    try {
      return body.prepare(context, threadComparator);
    } catch (Throwable failure) {
      stopIfOutOfMemory(failure);
      failures.record(context.threadIndex(), context.iterationIndex(), failure);
      return null;
    }
  }

  private void execute(Call call, WorkerContext context) throws Throwable {
    if (call != null) {
      CurrentWorker.enter(context);
      group.enter(context);
      aroundBody.beforeBody(context.threadIndex(), context.iterationIndex());
      try {
        call.run();
      } catch (Throwable failure) {
        if (failure instanceof RunCancelledException) {
          throw failure;
        }
        stopIfOutOfMemory(failure);
        failures.record(context.threadIndex(), context.iterationIndex(), failure);
      } finally {
        aroundBody.afterBody();
        CurrentWorker.leave();
        // an interrupt the body left behind must not reach the next iteration's barrier
        Thread.interrupted();
      }
    }
    comparator.iterationFinished(context.threadIndex(), context.iterationIndex());
  }

  /**
   * Stops the run at an {@link OutOfMemoryError}: no thread starts another iteration while memory
   * may be short. The error is recorded as the thread's failure; whether it stays only that is
   * decided once the workers have ended.
   */
  private void stopIfOutOfMemory(Throwable failure) {
    if (failure instanceof OutOfMemoryError error) {
      outOfMemory.compareAndSet(null, error);
      cancel();
    }
  }

  private void cancel() {
    barrier.breakBarrier();
    comparator.cancel();
  }

  private void cutShort(Thread[] workers, String when, Duration grace) {
    cutShort(workers, when, grace, List.of());
  }

  /**
   * Ends a run that did not finish: records each unfinished worker with its stack, breaks the
   * barrier, interrupts the workers and gives them a moment to stop; those that do not are
   * abandoned. A worker found looping is reported with what the watch saw of it; workers that had
   * finished its iteration, and only wait for it at the barrier, are not reported.
   *
   * @param when what cut the run short, "when ..."
   */
  private void cutShort(Thread[] workers, String when, Duration grace, List<Runaway> runaways) {
    StackTraceElement[][] stacks = new StackTraceElement[workers.length][];
    int[] iterationsAtCut = new int[workers.length];
    boolean[] waitingForRunaway = new boolean[workers.length];
    for (int i = 0; i < workers.length; i++) {
      iterationsAtCut[i] = currentIteration.get(i);
      waitingForRunaway[i] = runawayOf(i, runaways) == null && waitsFor(i, runaways);
      stacks[i] = workers[i].getStackTrace();
    }
    failures.stopAcceptingWorkers();
    cancel();
    for (Thread worker : workers) {
      worker.interrupt();
    }
    boolean stopped = awaitQuietly(grace);
    for (int i = 0; i < workers.length; i++) {
      Runaway runaway = runawayOf(i, runaways);
      if (iterationsAtCut[i] == FINISHED || waitingForRunaway[i]) {
        continue;
      }
      String message =
          runaway != null
              ? runaway.describe(workers[i].getName(), stacks[i], iterations)
              : "worker thread '" + workers[i].getName() + "' was still running " + when;
      if (!stopped && workers[i].isAlive()) {
        message +=
            "; it did not stop within "
                + Durations.format(grace)
                + " of being interrupted and was abandoned";
        abandon(workers[i], runaway != null ? "when it was found looping on the CPU" : when);
      }
      failures.recordAlways(
          i, Math.max(iterationsAtCut[i], 0), new WorkerStillRunningException(message, stacks[i]));
    }
  }

  private static Runaway runawayOf(int worker, List<Runaway> runaways) {
    for (Runaway runaway : runaways) {
      if (runaway.worker() == worker) {
        return runaway;
      }
    }
    return null;
  }

  /** Whether the worker is done with a runaway's iteration, and only waits for it. */
  private boolean waitsFor(int worker, List<Runaway> runaways) {
    for (Runaway runaway : runaways) {
      if (runawayWatch.hasFinished(worker, runaway.iteration())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Leaves a worker that would not stop to run on: Java cannot stop a thread (Thread.stop throws
   * from Java 20 on; docs/reliability.md says why it is not used on 17 either). It is recorded for
   * the summary, and given the lowest priority: the JVM ignores it on Linux unless run with
   * -XX:ThreadPriorityPolicy=1, but where it is honoured an abandoned loop takes the CPU last.
   */
  private static void abandon(Thread worker, String when) {
    AbandonedWorkers.add(worker, when);
    try {
      worker.setPriority(Thread.MIN_PRIORITY);
    } catch (SecurityException refused) {
      // a security manager may refuse; the priority is a courtesy to the rest of the suite
    }
  }

  private boolean awaitQuietly(Duration grace) {
    boolean interrupted = Thread.interrupted();
    try {
      return done.await(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException again) {
      interrupted = true;
      return false;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
