/**
 * One exception of a printed stack trace: the whole trace's first exception, or one of the
 * {@code Suppressed:} and {@code Caused by:} exceptions printed inside it, with its frames.
 */
class StackBlock {

    /** How deeply it is nested: 0 for the first exception, 1 for those printed inside it, ... */
    int depth

    /** {@code top}, {@code Suppressed} or {@code Caused by}. */
    String kind

    /** The exception's first line, {@code type: message}. */
    String header

    /** Its frames, innermost first, each as {@code org.example.Foo.bar(Foo.java:12)}. */
    List<String> frames = []

    String getType() {
        header.trim().split(':', 2)[0].trim()
    }

    /**
     * Splits a trace as {@code Throwable.printStackTrace} writes it. Message lines that are
     * neither a frame nor a nested header (a multi-line message) are not part of any block.
     */
    static List<StackBlock> parse(String trace) {
        List<StackBlock> blocks = []
        if (!trace) {
            return blocks
        }
        def lines = trace.readLines()
        blocks << new StackBlock(depth: 0, kind: 'top', header: lines[0])
        lines.drop(1).each { line ->
            def nested = line =~ /^(\t+)(Suppressed|Caused by): (.*)$/
            def topCause = line =~ /^(Caused by): (.*)$/
            def frame = line =~ /^\t+at (\S.*)$/
            if (nested.matches()) {
                blocks << new StackBlock(depth: nested.group(1).length(), kind: nested.group(2),
                        header: nested.group(3))
            } else if (topCause.matches()) {
                blocks << new StackBlock(depth: 0, kind: 'Caused by', header: topCause.group(2))
            } else if (frame.matches()) {
                blocks[-1].frames << withoutModule(frame.group(1))
            }
        }
        blocks
    }

    /** {@code java.base/java.util.HashMap.put(...)} and {@code app//Foo.bar(...)} lose the prefix. */
    private static String withoutModule(String frame) {
        int paren = frame.indexOf('(')
        int slash = frame.lastIndexOf('/', paren < 0 ? frame.length() : paren)
        slash < 0 ? frame : frame.substring(slash + 1)
    }

    /** The class a frame is in: {@code org.example.Foo} of {@code org.example.Foo.bar(Foo.java:1)}. */
    static String classOf(String frame) {
        String method = frame.contains('(') ? frame.substring(0, frame.indexOf('(')) : frame
        int dot = method.lastIndexOf('.')
        dot < 0 ? method : method.substring(0, dot)
    }
}
