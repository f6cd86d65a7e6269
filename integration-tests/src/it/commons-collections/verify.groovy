// Judges Apache Commons Collections' own suite run with every test on 4 threads, by the real-suite
// judge (src/judge; what it checks is written down in docs/real-suites.md): the run finished, at
// least 95% of the tests ran in parallel, no failure carries the extension's marks, and every
// failure without triage is listed in the findings of the page's section on this suite. A failure
// the extension triaged that nobody listed yet is printed as a NEW FINDING and does not fail the
// build: which of the suite's template tests strike varies from run to run.
def loader = new GroovyClassLoader(getClass().classLoader)
loader.addClasspath(judgeDirectory)
def verdict = loader.loadClass('RealSuiteJudge').judge(
        suite: 'Apache Commons Collections 4.6.0',
        project: basedir,
        document: new File(docsDirectory, 'real-suites.md'),
        parallelFloor: 0.95,
        // the tests jar of 4.6.0 has 252 test classes with tests, all of which run (their @Nested
        // classes report inside them); a crashed fork writes fewer
        minimumTestClasses: 252,
        // its @Nested view tests run inside many test classes under one name, and Surefire's
        // totals line counts them once: 15,998 of 18,031 in one run
        countFromReports: true)
println verdict.report()
assert verdict.passed : "the Commons Collections suite on 4 threads:\n - " + verdict.problems.join('\n - ')
return true
