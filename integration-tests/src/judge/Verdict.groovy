/**
 * What the judge found about one run of a real suite: the problems that fail the gate, the new
 * findings it only reports, and the numbers and notes it prints.
 */
class Verdict {

    final String suite
    /** Each one fails the gate: the extension misbehaved, or the run cannot be trusted. */
    final List<String> problems = []
    /** Parallel failures the extension triaged and nobody listed yet: printed, never failing. */
    final List<String> newFindings = []
    /** The numbers and what else is worth reading. */
    final List<String> notes = []

    Verdict(String suite) {
        this.suite = suite
    }

    boolean isPassed() {
        problems.isEmpty()
    }

    /** Everything, as the build prints it. */
    String report() {
        def text = new StringBuilder("== ${suite}: judged ${passed ? 'PASSED' : 'FAILED'}\n")
        notes.each { text << it << '\n' }
        newFindings.each { text << 'NEW FINDING ' << it << '\n' }
        problems.each { text << 'PROBLEM ' << it << '\n' }
        text.toString()
    }
}
