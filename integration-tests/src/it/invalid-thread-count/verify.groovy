// An invalid value (junit.parallel.threads=abc) must fail the tests with a message naming the key,
// the value and what is allowed, never run them on a default thread count.
import groovy.xml.XmlSlurper

def message = "invalid value 'abc' for configuration parameter junit.parallel.threads:" \
        + " expected a whole number from 1 to "
def log = new File(basedir, 'build.log').text
def inLog = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
inLog('org.junit.jupiter.api.extension.ExtensionConfigurationException: ' + message)
inLog("or 'auto'")
inLog('Tests run: 1, Failures: 0, Errors: 1, Skipped: 0')
inLog('BUILD FAILURE')

def report = new File(basedir, 'target/surefire-reports/TEST-com.example.OrdinaryTest.xml')
assert report.isFile() : "no Surefire report ${report}"
def errors = new XmlSlurper().parse(report).testcase.find { it.'@name' == 'addsUp' }.error
assert errors.size() == 1 : 'OrdinaryTest.addsUp did not end in an error'
def reported = errors.'@message'.text()
assert reported.contains(message) : "OrdinaryTest.addsUp failed with: ${reported}"
return true
