/**
 * One test case of Surefire's XML reports: its names and, unless it passed, how it ended and the
 * failure's type, message and stack trace as Surefire recorded them.
 */
class TestOutcome {

    /** The binary name of the test class, as Surefire reports it: {@code org.example.FooTest}. */
    String className

    /** Surefire's name of the test, parameters and invocation included: {@code bar(String)[2]}. */
    String name

    /** One of {@code passed}, {@code failed}, {@code error}, {@code skipped}. */
    String status

    String type
    String message
    String stackTrace

    /** The method: the name without parameters or invocation index. */
    String getMethod() {
        name.replaceFirst(/[(\[].*$/, '')
    }

    String getSimpleClassName() {
        className.substring(className.lastIndexOf('.') + 1)
    }

    /** {@code FooTest#bar}, as the findings tables name tests. */
    String getId() {
        "${simpleClassName}#${method}"
    }

    boolean isFailed() {
        status == 'failed' || status == 'error'
    }

    String toString() {
        "${className}.${name}"
    }
}
