// junit.parallel.perturb=on without the agent must fail the parallel test with a message that names
// the key and the ways to add the agent, with the path of the jar the library was loaded from.
def log = new File(basedir, 'build.log').text
def inLog = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
inLog('org.junit.jupiter.api.extension.ExtensionConfigurationException: junit.parallel.perturb=on'
        + ' needs the library\'s jar as a Java agent of the test JVM, which was started without it:'
        + ' add -javaagent:')
inLog('junit-parallel-threads-')
inLog('.jar to the test JVM\'s options. Maven: run the maven-dependency-plugin\'s \'properties\' goal'
        + ' and give Surefire <argLine>-javaagent:${io.github.parallelthreads:junit-parallel-threads:jar}'
        + '</argLine>.')
inLog('Tests run: 1, Failures: 0, Errors: 1, Skipped: 0')
inLog('BUILD FAILURE')
return true
