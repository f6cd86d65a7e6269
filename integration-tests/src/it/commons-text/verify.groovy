// Judges Apache Commons Text's own suite run with every test on 4 threads. The run must have
// completed, nearly every test must have run in parallel, the extension itself must have caused no
// failure, and every failing test must be a finding listed in docs/real-suite-commons-text.md: the
// findings table is read from that document, so the document and this check cannot drift apart.
import groovy.xml.XmlSlurper

def problems = []
def log = new File(basedir, 'build.log').text

// 1. The run completed: Surefire's fork ended normally and wrote a report for every test class.
// The count is what the tests jar of commons-text 1.15.0 yields with the pom's exclusions; a
// crashed or killed fork writes fewer.
def expectedTestClasses = 99
def reports = new File(basedir, 'target/surefire-reports')
        .listFiles({ dir, name -> name.startsWith('TEST-') && name.endsWith('.xml') } as FilenameFilter)
        ?.sort { it.name } ?: []
if (reports.size() != expectedTestClasses) {
    problems << "expected Surefire reports for ${expectedTestClasses} test classes, found ${reports.size()}"
}
['The forked VM terminated', 'There was a timeout in the fork', 'Crashed tests'].each {
    if (log.contains(it)) {
        problems << "the test JVM did not end normally: build.log says '${it}'"
    }
}
if (!log.contains('BUILD SUCCESS')) {
    problems << 'the build of the suite did not succeed (failures alone are ignored by Surefire here)'
}

// 2. Nearly every test ran in parallel, by the extension's own summary at the end of the run.
def total = (log =~ /(?m)Tests run: (\d+), Failures: \d+, Errors: \d+, Skipped: \d+\s*$/).with { m ->
    def all = []
    while (m.find()) { all << (m.group(1) as int) }
    all ? all.last() : 0
}
def parallel = (log =~ /(\d+) tests? ran in parallel/).with { it.find() ? (it.group(1) as int) : 0 }
if (total == 0) {
    problems << 'no Surefire total "Tests run: N" in build.log'
} else if (parallel < 0.9 * total) {
    problems << "only ${parallel} of ${total} tests ran in parallel; at least 90% should"
}

// 3. and 4. Every failure: not caused by the extension, and a documented finding.
def docFile = new File(docsDirectory, 'real-suite-commons-text.md')
assert docFile.isFile() : "no findings document ${docFile}"
def findings = [] as Set
def inFindings = false
docFile.eachLine { line ->
    if (line.startsWith('## ')) {
        inFindings = line.startsWith('## Findings')
    } else if (inFindings && line.startsWith('| `')) {
        // the first cell names the tests, `TestClass#method`, one or more
        def firstCell = line.substring(1, line.indexOf('|', 1))
        def names = firstCell =~ /`([\w$]+#\w+)`/
        while (names.find()) {
            findings << names.group(1)
        }
    }
}
assert !findings.isEmpty() : "no rows found in the findings table of ${docFile}"

// What would mean the extension failed, not the test: its own exception types, internal or public,
// other than the error that carries the threads' failures, its configuration errors, its timeout
// and deadlock reports, a barrier, and a distinct failure whose first frame is inside the extension.
def extensionSigns = [
        /ExtensionConfigurationException/,
        /io\.github\.parallelthreads\.([a-z]\w*\.)*(?!ParallelFailuresError\b)[A-Z]\w*(Exception|Error)\b/,
        /exceeded junit\.parallel\.timeout/,
        /deadlock/,
        /BrokenBarrierException/,
        /\[\d+\] [\w.$]+(: [^\n]*)?\n\s+at io\.github\.parallelthreads\./,
]
def failing = []
reports.each { report ->
    new XmlSlurper().parse(report).testcase.each { testcase ->
        def outcome = testcase.failure.size() ? testcase.failure : testcase.error
        if (!outcome.size()) {
            return
        }
        def method = testcase.'@name'.text().replaceFirst(/\(.*$/, '')
        def name = "${testcase.'@classname'.text()}#${method}"
        def simpleName = name.substring(name.lastIndexOf('.', name.indexOf('#')) + 1)
        failing << simpleName
        def text = outcome.'@message'.text() + '\n' + outcome.text()
        def sign = extensionSigns.find { text =~ it }
        if (sign) {
            problems << "${name} failed in a way that points at the extension (matches ${sign}):\n${outcome.'@message'.text()}"
        } else if (!findings.contains(simpleName)) {
            problems << ("${name} failed, and is not a finding listed in ${docFile.name} (read the failure"
                    + " and the test; scan/SharedStateScan.java lists what tests share; list it if it is a"
                    + " genuine finding, improve detection if the test cannot run concurrently):\n"
                    + outcome.'@message'.text())
        }
    }
}

println "commons-text: ${total} tests, ${parallel} ran in parallel, ${reports.size()} test classes"
println "commons-text: ${failing.unique().size()} failing tests: ${failing.unique().sort()}"
def quiet = findings - failing
if (quiet) {
    // a race need not strike in every run
    println "commons-text: listed findings that passed this time: ${quiet.sort()}"
}
assert problems.isEmpty() : "the Commons Text suite on 4 threads:\n - " + problems.join('\n - ')
return true
