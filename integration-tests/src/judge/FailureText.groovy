/**
 * A failed test's failure taken apart: whether the extension reported it as a parallel failure
 * (its {@code ParallelFailuresError}, headed "3 of 4 threads failed (2 distinct failures)"), the
 * first line of each distinct failure, what its threads shared through the test, and every
 * exception of its stack trace.
 */
class FailureText {

    static final String CARRIER = 'io.github.parallelthreads.ParallelFailuresError'
    static final String SHARED_PREFIX = 'Shared through the test: '
    /** How the extension says its analysis of what was shared failed. */
    static final String NOT_WORKED_OUT = 'not worked out: '

    final String type
    /** "3 of 4 threads failed (2 distinct failures)", or null if not the extension's report. */
    final String heading
    final int threads
    final int failedThreads
    /** "[1] org.opentest4j.AssertionFailedError: expected: <3> but was: <9>", one per failure. */
    final List<String> distinctFailures
    /** What follows {@link #SHARED_PREFIX}, or null if the message has no such line. */
    final String shared
    final List<StackBlock> blocks

    FailureText(TestOutcome outcome) {
        type = outcome.type
        def lines = (outcome.message ?: '').readLines()
        def header = lines ? lines[0] =~ /^(\d+) of (\d+) threads? failed\b.*$/ : null
        boolean carrier = type == CARRIER && header?.matches()
        heading = carrier ? lines[0] : null
        failedThreads = carrier ? header.group(1) as int : 0
        threads = carrier ? header.group(2) as int : 0
        distinctFailures = carrier ? lines.findAll { it ==~ /^  \[\d+\] .*/ }*.trim() : []
        // the extension writes it after the failures, whose own messages may span lines
        String sharedLine = carrier ? lines.findAll { it.startsWith(SHARED_PREFIX) }.with { it ? it[-1] : null } : null
        shared = sharedLine?.substring(SHARED_PREFIX.length())
        blocks = StackBlock.parse(outcome.stackTrace)
    }

    /** The extension's report of a test whose body ran on several threads. */
    boolean isParallel() {
        heading != null && threads > 1
    }

    /** A parallel failure that says what its threads shared through the test. */
    boolean isTriaged() {
        parallel && shared != null && !shared.startsWith(NOT_WORKED_OUT)
    }

    /** Triaged into the group to read first: the shared state is in the code under test or the JVM. */
    boolean isSharedNothing() {
        triaged && shared == 'nothing'
    }

    /** Every thread failed, all in the same way: what a test that fails on one thread too does. */
    boolean isAlikeOnEveryThread() {
        parallel && failedThreads == threads && distinctFailures.size() == 1
    }

    /** The distinct failures, each an exception printed as {@code Suppressed:} in the carrier. */
    List<StackBlock> getDistinctBlocks() {
        heading == null ? [] : blocks.findAll { it.depth == 1 && it.kind == 'Suppressed' }
    }
}
