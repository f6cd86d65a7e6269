package io.github.parallelthreads.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects of this JVM, from the class histogram HotSpot writes for {@code jcmd <pid>
 * GC.class_histogram}: asked for in-process, through the diagnostic-command MBean, so no jcmd is
 * spawned. The histogram forces a full collection first, so it counts only reachable objects.
 *
 * @param bytes the size of all live objects
 * @param instances live instances by class name (exact classes: a subclass counts only as itself)
 */
record LiveHeap(long bytes, Map<String, Long> instances) {

  static LiveHeap now() {
    String histogram;
    try {
      histogram =
          (String)
              ManagementFactory.getPlatformMBeanServer()
                  .invoke(
                      new ObjectName("com.sun.management:type=DiagnosticCommand"),
                      "gcClassHistogram",
                      new Object[] {new String[0]},
                      new String[] {String[].class.getName()});
    } catch (JMException e) {
      throw new IllegalStateException("cannot take a class histogram", e);
    }
    return parse(histogram);
  }

  /** Reads lines {@code " 12: 345 6789 a.Class (module)"} and {@code "Total 345 6789"}. */
  private static LiveHeap parse(String histogram) {
    Map<String, Long> instances = new HashMap<>();
    long total = -1;
    for (String line : histogram.lines().toList()) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 4 && fields[0].endsWith(":")) {
        instances.put(fields[3], Long.parseLong(fields[1]));
      } else if (fields.length == 3 && fields[0].equals("Total")) {
        total = Long.parseLong(fields[2]);
      }
    }
    if (total < 0) {
      throw new IllegalStateException("no total in the class histogram:\n" + histogram);
    }
    return new LiveHeap(total, Map.copyOf(instances));
  }

  /** Live instances of the class of that exact name; 0 if there are none or it is not loaded. */
  long count(String className) {
    return instances.getOrDefault(className, 0L);
  }
}
