/**
 * Whether a failure carries the marks of the extension misbehaving, as opposed to the extension
 * reporting what the test did. See docs/real-suites.md, "What the gate checks", for why each rule
 * is what it is.
 */
class ExtensionSigns {

    static final String EXTENSION = 'io.github.parallelthreads.'

    /** The extension's exception types that carry a finding about the test, not about itself. */
    static final Set<String> FINDING_TYPES = [
            FailureText.CARRIER,
            'io.github.parallelthreads.WorkerStillRunningException',
            'io.github.parallelthreads.DeadlockDetectedException',
            'io.github.parallelthreads.DeadlockDetectedException$ThreadStack',
            'io.github.parallelthreads.StartedThreadDiedException',
    ] as Set

    /** Reports of workers that did not finish: each stack trace is where a worker was. */
    static final Set<String> STUCK_TYPES = FINDING_TYPES - [
            FailureText.CARRIER, 'io.github.parallelthreads.StartedThreadDiedException']

    /** Code that is neither the suite's tests nor the code they test: the JDK's first. */
    static final List<String> NOT_THE_SUITE = [
            'java.', 'javax.', 'jdk.', 'sun.', 'com.sun.', 'org.junit.', 'org.opentest4j.', EXTENSION]

    /** Why the failure points at the extension, or null if nothing does. */
    static String of(FailureText failure) {
        def config = failure.blocks.find {
            it.type.endsWith('.ExtensionConfigurationException') &&
                    (it.header.contains('junit.parallel.') || it.frames.any { inExtension(it) })
        }
        if (config) {
            return "a configuration error of the extension: ${config.header.trim()}"
        }
        def own = failure.blocks.find { it.type.startsWith(EXTENSION) && !(it.type in FINDING_TYPES) }
        if (own) {
            return "the extension's own exception ${own.header.trim()}"
        }
        def thrown = failure.heading != null ? failure.distinctBlocks : failure.blocks.take(1)
        def inside = thrown.find { !(it.type in STUCK_TYPES) && it.frames && inExtension(it.frames[0]) }
        if (inside) {
            return "${inside.header.trim()} was thrown inside the extension, at ${inside.frames[0]}"
        }
        def stuck = failure.blocks.findAll { it.type in STUCK_TYPES }
        if (stuck && stuck.every { !reachesTheSuite(it) }) {
            return "every worker it reports as stuck was in the extension's code, not the suite's:" +
                    " ${stuck[0].header.trim()}, at ${innermostOutsideTheJdk(stuck[0])}"
        }
        null
    }

    /** Where a stuck worker was: its innermost frame outside the JDK, or its innermost frame. */
    private static String innermostOutsideTheJdk(StackBlock block) {
        block.frames.find { frame -> NOT_THE_SUITE.take(5).every { !StackBlock.classOf(frame).startsWith(it) } } ?:
                (block.frames ? block.frames[0] : '(no frames)')
    }

    static boolean inExtension(String frame) {
        StackBlock.classOf(frame).startsWith(EXTENSION)
    }

    /** Whether a stack has a frame of the tests or the code under test. */
    static boolean reachesTheSuite(StackBlock block) {
        block.frames.any { frame ->
            String type = StackBlock.classOf(frame)
            NOT_THE_SUITE.every { !type.startsWith(it) }
        }
    }
}
