import groovy.xml.XmlSlurper

/** The test cases of every {@code TEST-*.xml} report that Surefire wrote for a run. */
class SurefireReports {

    final List<File> files
    final List<TestOutcome> outcomes = []

    SurefireReports(File directory) {
        files = (directory.listFiles({ File dir, String name ->
            name.startsWith('TEST-') && name.endsWith('.xml')
        } as FilenameFilter) ?: []).sort { it.name }
        files.each { file -> read(file) }
    }

    private void read(File file) {
        def slurper = new XmlSlurper(false, false)
        slurper.parse(file).testcase.each { testcase ->
            def failure = testcase.failure.size() ? testcase.failure : testcase.error
            String status = testcase.failure.size() ? 'failed'
                    : testcase.error.size() ? 'error'
                    : testcase.skipped.size() ? 'skipped'
                    : 'passed'
            outcomes << new TestOutcome(
                    className: testcase.'@classname'.text(),
                    name: testcase.'@name'.text(),
                    status: status,
                    type: failure.size() ? failure.'@type'.text() : null,
                    message: failure.size() ? failure.'@message'.text() : null,
                    stackTrace: failure.size() ? failure.text() : null)
        }
    }

    int count(String status) {
        outcomes.count { it.status == status } as int
    }

    List<TestOutcome> getFailed() {
        outcomes.findAll { it.failed }
    }
}
