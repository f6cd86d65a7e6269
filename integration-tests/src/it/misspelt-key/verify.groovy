// A misspelt key (junit.parallel.thread) must fail the run before any test runs, naming the key, its
// value and the keys the library reads: a stress test that silently ran on one thread would lie.
def log = new File(basedir, 'build.log').text
def inLog = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
inLog('org.junit.platform.commons.JUnitException: unknown configuration parameter'
        + ' junit.parallel.thread=8: junit-parallel-threads reads junit.parallel.threads,')
inLog('There was an error in the forked process')
inLog('Tests run: 0, Failures: 0, Errors: 0, Skipped: 0')
inLog('BUILD FAILURE')
assert !log.contains('Running com.example.OrdinaryTest') : 'a test ran despite the misspelt key'
return true
