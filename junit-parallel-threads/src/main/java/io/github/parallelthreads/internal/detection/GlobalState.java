package io.github.parallelthreads.internal.detection;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.Thread.UncaughtExceptionHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * The JVM-global state a test can change by accident: the standard streams, system properties, the
 * default locale and time zone, and the default uncaught-exception handler. Taken before and after
 * a parallel run, it shows a test that changed global state on many threads at once, which
 * detection from annotations and class files did not foresee.
 */
public record GlobalState(
    PrintStream out,
    PrintStream err,
    InputStream in,
    Map<String, String> properties,
    Locale locale,
    Locale displayLocale,
    Locale formatLocale,
    String timeZone,
    UncaughtExceptionHandler uncaughtExceptionHandler) {

  /** Property names listed before the rest are only counted. */
  private static final int MAX_PROPERTIES_NAMED = 5;

  /**
   * Properties the JDK sets by itself the first time a subsystem is used, whichever thread uses it:
   * their appearance says nothing about the test. {@code sun.font.fontmanager} appears when
   * java.awt's font machinery first loads (a {@code Font}'s family looked up, for one). A change of
   * their value is still reported.
   */
  private static final Set<String> SET_BY_THE_JDK_ON_FIRST_USE = Set.of("sun.font.fontmanager");

  public static GlobalState capture() {
    return new GlobalState(
        System.out,
        System.err,
        System.in,
        copy(System.getProperties()),
        Locale.getDefault(),
        Locale.getDefault(Locale.Category.DISPLAY),
        Locale.getDefault(Locale.Category.FORMAT),
        TimeZone.getDefault().getID(),
        Thread.getDefaultUncaughtExceptionHandler());
  }

  /** What differs from an earlier state, in words; empty if nothing does. */
  public List<String> changesSince(GlobalState before) {
    List<String> changes = new ArrayList<>();
    if (out != before.out) {
      changes.add("System.out");
    }
    if (err != before.err) {
      changes.add("System.err");
    }
    if (in != before.in) {
      changes.add("System.in");
    }
    propertyChanges(before.properties).ifPresent(changes::add);
    if (!locale.equals(before.locale)
        || !displayLocale.equals(before.displayLocale)
        || !formatLocale.equals(before.formatLocale)) {
      changes.add("the default locale (" + before.locale + " to " + locale + ")");
    }
    if (!timeZone.equals(before.timeZone)) {
      changes.add("the default time zone (" + before.timeZone + " to " + timeZone + ")");
    }
    if (uncaughtExceptionHandler != before.uncaughtExceptionHandler) {
      changes.add("the default uncaught-exception handler");
    }
    return changes;
  }

  private Optional<String> propertyChanges(Map<String, String> earlier) {
    TreeSet<String> changed = new TreeSet<>();
    for (Map.Entry<String, String> entry : properties.entrySet()) {
      String before = earlier.get(entry.getKey());
      boolean setByTheJdk = before == null && SET_BY_THE_JDK_ON_FIRST_USE.contains(entry.getKey());
      if (!setByTheJdk && !Objects.equals(entry.getValue(), before)) {
        changed.add(entry.getKey());
      }
    }
    for (String key : earlier.keySet()) {
      if (!properties.containsKey(key)) {
        changed.add(key);
      }
    }
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    List<String> named =
        new ArrayList<>(changed).subList(0, Math.min(changed.size(), MAX_PROPERTIES_NAMED));
    String more =
        changed.size() > named.size() ? " and " + (changed.size() - named.size()) + " more" : "";
    return Optional.of(
        (changed.size() == 1 ? "system property " : "system properties ")
            + String.join(", ", named)
            + more);
  }

  private static Map<String, String> copy(Properties properties) {
    Map<String, String> copy = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      copy.put(name, properties.getProperty(name));
    }
    return copy;
  }
}
