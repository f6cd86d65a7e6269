package io.github.parallelthreads.internal.detection;

import io.github.parallelthreads.internal.classfile.CallSite;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a test thread-unsafe in the code it runs, and the chain of methods that leads to it: a
 * call the last method on the path makes, or something that method's own body does.
 *
 * @param what what was found, such as "calls System.setOut" or "catches OutOfMemoryError"
 * @param why why that is thread-unsafe, such as "changes JVM-global state"
 * @param where "from" for a call, "in" for the body of the last method on the path
 * @param path the labels of the methods from the outermost one walked to the one where it was found
 */
record CallFinding(String what, String why, String where, List<String> path) {

  CallFinding {
    path = List.copyOf(path);
  }

  /** A thread-unsafe call that {@code method} makes. */
  static CallFinding call(CallSite call, String why, String method) {
    return new CallFinding("calls " + call.describe(), why, "from", List.of(method));
  }

  /** Something thread-unsafe that the body of {@code method} does itself. */
  static CallFinding body(String what, String why, String method) {
    return new CallFinding(what, why, "in", List.of(method));
  }

  /** How many method bodies lie on the path: 1 for the outermost method itself. */
  int depth() {
    return path.size();
  }

  /** The same finding, reached through one more method. */
  CallFinding calledFrom(String caller) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.add(caller);
    longer.addAll(path);
    return new CallFinding(what, why, where, longer);
  }

  /**
   * The reason shown to users, for example "calls System.setOut (changes JVM-global state) from
   * BannerPrinterTest#printsBanner() -> BannerPrinter#install()".
   */
  String reason() {
    return what + " (" + why + ") " + where + " " + String.join(" -> ", path);
  }
}
