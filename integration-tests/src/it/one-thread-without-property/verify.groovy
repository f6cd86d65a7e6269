// The control: with no junit.parallel.* property the library changes nothing. OneThreadTest checks
// that its body ran once on JUnit's thread; this checks the run passed and nothing was turned on.
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def inLog = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
inLog('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
inLog('BUILD SUCCESS')

def report = new File(basedir, 'target/surefire-reports/TEST-com.example.OneThreadTest.xml')
assert report.isFile() : "no Surefire report ${report}"
def suite = new XmlSlurper().parse(report)
def names = suite.'**'.findAll { it.name() == 'property' }.collect { it.'@name'.text() }
assert names.contains('java.version') : 'Surefire recorded no system properties to check'
def turnedOn = names.findAll { it.startsWith('junit.parallel.') || it.startsWith('junit.jupiter.extensions.') }
assert turnedOn == [] : "system properties set without being asked for: ${turnedOn}"
return true
