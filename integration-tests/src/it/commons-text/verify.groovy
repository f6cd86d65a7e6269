// Judges Apache Commons Text's own suite run with every test on 4 threads, by the real-suite judge
// (src/judge; what it checks is written down in docs/real-suites.md): the run finished, at least
// 95% of the tests ran in parallel, no failure carries the extension's marks, and every failure
// without triage is listed in the findings of the page's section on this suite. A failure the
// extension triaged that nobody listed yet is printed as a NEW FINDING and does not fail the build.
def loader = new GroovyClassLoader(getClass().classLoader)
loader.addClasspath(judgeDirectory)
def verdict = loader.loadClass('RealSuiteJudge').judge(
        suite: 'Apache Commons Text 1.15.0',
        project: basedir,
        document: new File(docsDirectory, 'real-suites.md'),
        parallelFloor: 0.95,
        // the tests jar of 1.15.0 has 99 test classes, all of which run; a crashed fork writes fewer
        minimumTestClasses: 99)
println verdict.report()
assert verdict.passed : "the Commons Text suite on 4 threads:\n - " + verdict.problems.join('\n - ')
return true
