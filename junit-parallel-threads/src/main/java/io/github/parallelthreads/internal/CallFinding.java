package io.github.parallelthreads.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A call that makes a test thread-unsafe, and the chain of methods that leads to it.
 *
 * @param call the call
 * @param why why the call is thread-unsafe, such as "changes JVM-global state"
 * @param path the labels of the methods from the outermost one walked to the one making the call
 */
record CallFinding(CallSite call, String why, List<String> path) {

  CallFinding {
    path = List.copyOf(path);
  }

  /** How many method bodies lie on the path: 1 for a call made by the outermost method itself. */
  int depth() {
    return path.size();
  }

  /** The same finding, reached through one more method. */
  CallFinding calledFrom(String caller) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.add(caller);
    longer.addAll(path);
    return new CallFinding(call, why, longer);
  }

  /**
   * The reason shown to users, for example "calls System.setOut (changes JVM-global state) from
   * BannerPrinterTest#printsBanner() -> BannerPrinter#install()".
   */
  String reason() {
    return "calls " + call.describe() + " (" + why + ") from " + String.join(" -> ", path);
  }
}
