import java.util.regex.Pattern

/**
 * The findings listed for one suite: the first cell of each row of the table under
 * {@code ### Findings} in the suite's section ({@code ## <suite>}) of docs/real-suites.md, which
 * names tests as {@code `FooTest#bar`}. A {@code *} in a name stands for any characters, so
 * {@code `FooTest#*`} lists a whole class; a class is named by its simple or its binary name.
 */
class FindingsTable {

    final File document
    final String suite
    /** The names as the table writes them. */
    final List<String> names = []
    private final Map<String, Pattern> patterns = [:]
    /** Why the table could not be read, or null. */
    String problem

    FindingsTable(File document, String suite) {
        this.document = document
        this.suite = suite
        if (!document.isFile()) {
            problem = "there is no findings document ${document}"
            return
        }
        boolean inSuite = false
        boolean sawSuite = false
        boolean sawFindings = false
        boolean inFindings = false
        boolean inFence = false
        document.eachLine('UTF-8') { String line ->
            if (line.startsWith('```')) {
                inFence = !inFence
            } else if (inFence) {
                return
            } else if (line.startsWith('## ')) {
                inSuite = line.substring(3).trim() == suite
                sawSuite |= inSuite
                inFindings = false
            } else if (line.startsWith('### ')) {
                inFindings = inSuite && line.substring(4).trim() == 'Findings'
                sawFindings |= inFindings
            } else if (inFindings && line.startsWith('| `')) {
                def firstCell = line.substring(1, line.indexOf('|', 1))
                def listed = firstCell =~ /`([\w$.*]+#[\w*]+)`/
                while (listed.find()) {
                    names << listed.group(1)
                }
            }
        }
        if (!sawSuite) {
            problem = "${document.name} has no section '## ${suite}'"
        } else if (!sawFindings) {
            problem = "the section '## ${suite}' of ${document.name} has no '### Findings' table"
        }
    }

    /** The names that list the test, empty if none does. */
    List<String> listing(TestOutcome test) {
        names.findAll { name -> matches(name, test) }
    }

    /** The names that list none of these tests. */
    List<String> notAmong(Collection<TestOutcome> tests) {
        names.findAll { name -> !tests.any { matches(name, it) } }
    }

    private boolean matches(String name, TestOutcome test) {
        Pattern pattern = patterns.computeIfAbsent(name) {
            Pattern.compile(name.split(/\*/, -1).collect { Pattern.quote(it) }.join('.*'))
        }
        pattern.matcher(test.id).matches() || pattern.matcher("${test.className}#${test.method}").matches()
    }
}
