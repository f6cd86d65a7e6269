// Apache Commons Collections' own suite run with every test on 4 threads: for now only that the run
// completed and that nearly every test ran in parallel. The lead wires the shared real-suite judge
// here (extension misbehaviour fails the build; every failure must be a finding listed in the
// Commons Collections section of docs/real-suites.md).
def problems = []
def log = new File(basedir, 'build.log').text

['The forked VM terminated', 'There was a timeout in the fork', 'Crashed tests'].each {
    if (log.contains(it)) {
        problems << "the test JVM did not end normally: build.log says '${it}'"
    }
}
if (!log.contains('BUILD SUCCESS')) {
    problems << 'the build of the suite did not succeed (failures alone are ignored by Surefire here)'
}

// The tests of every class, summed from Surefire's line for each class. Not Surefire's total: the
// suite's @Nested classes (AbstractMapTest$MapEntrySetTest and the like) run inside many test
// classes under one name, and the total merges them (16,947 of 18,031 with failures in one run).
def total = (log =~ /(?m)Tests run: (\d+), Failures: \d+, Errors: \d+, Skipped: \d+, Time elapsed: .* -- in /).with { m ->
    def sum = 0
    while (m.find()) { sum += (m.group(1) as int) }
    sum
}
def parallel = (log =~ /(\d+) tests? ran in parallel/).with { it.find() ? (it.group(1) as int) : 0 }
if (total < 17000) {
    // 18,024 tests in 4.6.0; far fewer means the jar was not scanned or the fork died early
    problems << "expected about 18,000 tests, Surefire counted ${total}"
} else if (parallel < 0.95 * total) {
    problems << "only ${parallel} of ${total} tests ran in parallel; at least 95% should"
}
println "commons-collections: ${total} tests, ${parallel} ran in parallel"
assert problems.isEmpty() : "the Commons Collections suite on 4 threads:\n - " + problems.join('\n - ')
return true
