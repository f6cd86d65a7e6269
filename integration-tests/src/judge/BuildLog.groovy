/** The log of the Maven build that ran a suite: whether it ended normally, and Surefire's totals. */
class BuildLog {

    /** What Surefire prints when the test JVM did not end normally. */
    static final List<String> ABNORMAL_ENDS = [
            'The forked VM terminated',
            'There was a timeout in the fork',
            'There was an error in the forked process',
            'Crashed tests',
    ]

    final File file
    final String text

    BuildLog(File file) {
        this.file = file
        text = file.isFile() ? file.getText('UTF-8') : ''
    }

    boolean exists() {
        file.isFile()
    }

    List<String> abnormalEnds() {
        ABNORMAL_ENDS.findAll { text.contains(it) }
    }

    boolean succeeded() {
        text.contains('BUILD SUCCESS')
    }

    /**
     * Surefire's totals, the last "Tests run: N, Failures: F, Errors: E, Skipped: S" line without a
     * class name or time after it; null if there is none.
     */
    Map<String, Integer> totals() {
        def lines = text.readLines().findAll { it ==~ /^(\[\w+\] )?Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+\s*$/ }
        if (!lines) {
            return null
        }
        def numbers = (lines[-1] =~ /Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/)[0]
        [tests: numbers[1] as int, failures: numbers[2] as int, errors: numbers[3] as int,
         skipped: numbers[4] as int]
    }

    List<ExtensionSummary> summaries() {
        ExtensionSummary.allIn(text)
    }
}
