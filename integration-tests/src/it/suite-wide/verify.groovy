// One property on the command line ran the user's untouched tests on 8 threads. The tests check the
// threads themselves (a rendezvous of 8 bodies, 8 named workers); this checks what the user sees.
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def inLog = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
inLog('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
inLog('BUILD SUCCESS')

// Surefire records the forked JVM's system properties after the run: they show that the library's
// launcher listener, not the user, turned on extension autodetection for its extension alone.
def expected = [
    'junit.parallel.threads'                         : '8',
    'junit.jupiter.extensions.autodetection.enabled' : 'true',
    'junit.jupiter.extensions.autodetection.include' : 'io.github.parallelthreads.ParallelThreadsExtension',
]
['RendezvousTest': 'eightBodiesMeet', 'WorkerThreadsTest': 'recordsItsThread'].each { testClass, testMethod ->
    def report = new File(basedir, "target/surefire-reports/TEST-com.example.${testClass}.xml")
    assert report.isFile() : "no Surefire report ${report}"
    def suite = new XmlSlurper().parse(report)
    def counts = ['tests', 'failures', 'errors', 'skipped'].collect { suite."@$it".text() }
    assert counts == ['1', '0', '0', '0'] : "${testClass}: tests, failures, errors, skipped were ${counts}"
    def names = suite.testcase.collect { it.'@name'.text() }
    assert names == [testMethod] : "${testClass}: test cases were ${names}"
    def properties = suite.'**'.findAll { it.name() == 'property' }
            .collectEntries { [(it.'@name'.text()): it.'@value'.text()] }
    def actual = properties.subMap(expected.keySet())
    assert actual == expected : "${testClass}: system properties of the run were ${actual}"
}
return true
