// Brutal mode with the real jar as the agent, set up as the user guide says: the project's class
// under test (Tally, from target/classes) gets noise points (TallyTest, from target/test-classes, is
// in scope too but has none: it reads only its own final field), the race-free test stays green, and
// the summary prints the seed with the key to rerun with it.
def log = new File(basedir, 'build.log').text
def inLog = { String text -> assert log.contains(text) : "build.log does not contain: ${text}" }
inLog('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
inLog('  1 test ran in parallel: 1 on 4 threads x 20 iterations')
inLog('  perturbation on, seed 99 (1 class with noise points): rerun with'
        + ' -Djunit.parallel.perturb.seed=99 to make the same random choices')
inLog('BUILD SUCCESS')
return true
