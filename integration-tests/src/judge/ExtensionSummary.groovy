/**
 * The numbers of the summary the extension prints at the end of a run ("junit-parallel-threads
 * summary"), read back from the build log. The wording is RunSummary's and FailedTests's.
 */
class ExtensionSummary {

    static final String HEADING = 'junit-parallel-threads summary'

    int parallel
    int failedInParallel
    int sharedNothing
    int sharedState
    int sayNothing
    int oneThread
    /** Each one-thread reason with its count, the largest first, as the summary lists them. */
    Map<String, Integer> oneThreadByReason = [:]
    int skippedAsThreadUnsafe
    int changedGlobalState
    int leftThreadsRunning
    int unreadableClassFiles
    int abandonedWorkers
    /** The summary's ready -Djunit.parallel.thread-unsafe-methods=... line, or null. */
    String oneThreadProperty

    /** Every summary in the log, one per test plan the launcher ran; empty if there is none. */
    static List<ExtensionSummary> allIn(String log) {
        List<ExtensionSummary> summaries = []
        ExtensionSummary current = null
        String section = null
        log.readLines().each { line ->
            if (line == HEADING) {
                current = new ExtensionSummary()
                summaries << current
                section = null
            } else if (current != null && line.startsWith('  ')) {
                section = current.read(line, section)
            } else if (current != null) {
                current = null
            }
        }
        summaries
    }

    /** Adds the numbers of several summaries. */
    static ExtensionSummary total(List<ExtensionSummary> summaries) {
        def sum = new ExtensionSummary()
        summaries.each { part ->
            ['parallel', 'failedInParallel', 'sharedNothing', 'sharedState', 'sayNothing', 'oneThread',
             'skippedAsThreadUnsafe', 'changedGlobalState', 'leftThreadsRunning',
             'unreadableClassFiles', 'abandonedWorkers'].each { sum[it] += part[it] }
            part.oneThreadByReason.each { reason, count -> sum.oneThreadByReason.merge(reason, count, Integer::sum) }
            sum.oneThreadProperty = sum.oneThreadProperty ?: part.oneThreadProperty
        }
        sum.oneThreadByReason = sum.oneThreadByReason.sort { -it.value }
        sum
    }

    /** Reads one line of the summary; returns the section the next lines belong to. */
    private String read(String line, String section) {
        def top = line =~ /^  (\d+) (?:tests?|class files?|abandoned worker threads?) (.*)$/
        if (top.matches()) {
            int count = top.group(1) as int
            String what = top.group(2)
            if (what.startsWith('ran in parallel')) {
                parallel = count
            } else if (what == 'failed in parallel') {
                failedInParallel = count
                return 'failed'
            } else if (what == 'ran on one thread as thread-unsafe') {
                oneThread = count
                return 'one thread'
            } else if (what == 'skipped as thread-unsafe') {
                skippedAsThreadUnsafe = count
            } else if (what.startsWith('changed JVM-global state')) {
                changedGlobalState = count
            } else if (what == 'left threads running') {
                leftThreadsRunning = count
            } else if (what.startsWith('could not be read')) {
                unreadableClassFiles = count
            } else if (what.startsWith('are still running') || what.startsWith('is still running')) {
                abandonedWorkers = count
            }
            return null
        }
        def group = line =~ /^    (\d+) tests? (shares? nothing through the test|shares? state through the test|says? nothing of what the threads shared).*$/
        if (section == 'failed' && group.matches()) {
            int count = group.group(1) as int
            String what = group.group(2)
            if (what.contains('nothing through')) {
                sharedNothing = count
            } else if (what.contains('state through')) {
                sharedState = count
            } else {
                sayNothing = count
            }
            return section
        }
        def reason = line =~ /^    (\d+) tests?: (.*)$/
        if (section == 'one thread' && reason.matches()) {
            oneThreadByReason.merge(reason.group(2), reason.group(1) as int, Integer::sum)
            return section
        }
        if (line.startsWith('    -Djunit.parallel.thread-unsafe-methods=')) {
            oneThreadProperty = line.trim()
        }
        line.startsWith('    ') ? section : null
    }
}
