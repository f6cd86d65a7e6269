package io.github.parallelthreads.internal.detection;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

/**
 * Methods of the JDK and of logging libraries that change state every thread of the JVM shares.
 *
 * <p>Matched by the owner class named at the call site and the method name, as strings: the logging
 * libraries need not be on the class path, and a method of the same name on another class (a user's
 * own {@code Console#setOut}) is not matched.
 */
final class GlobalStateMutators {

  private static final Map<String, Set<String>> NAMES_BY_OWNER =
      Map.ofEntries(
          entry(
              "java/lang/System",
              Set.of(
                  "setOut",
                  "setErr",
                  "setIn",
                  "setProperty",
                  "clearProperty",
                  "setProperties",
                  "setSecurityManager")),
          entry("java/util/Locale", Set.of("setDefault")),
          entry("java/util/TimeZone", Set.of("setDefault")),
          entry("java/lang/Thread", Set.of("setDefaultUncaughtExceptionHandler")),
          entry("java/net/Authenticator", Set.of("setDefault")),
          entry("java/net/CookieHandler", Set.of("setDefault")),
          entry("java/net/ProxySelector", Set.of("setDefault")),
          entry("java/net/ResponseCache", Set.of("setDefault")),
          entry("java/net/URL", Set.of("setURLStreamHandlerFactory")),
          entry(
              "java/net/URLConnection",
              Set.of(
                  "setContentHandlerFactory",
                  "setFileNameMap",
                  "setDefaultUseCaches",
                  "setDefaultAllowUserInteraction")),
          entry("java/net/HttpURLConnection", Set.of("setFollowRedirects")),
          entry(
              "javax/net/ssl/HttpsURLConnection",
              Set.of("setDefaultHostnameVerifier", "setDefaultSSLSocketFactory")),
          entry("javax/net/ssl/SSLContext", Set.of("setDefault")),
          // handlers and levels of java.util.logging: how Java code captures warnings
          entry(
              "java/util/logging/Logger",
              Set.of(
                  "addHandler",
                  "removeHandler",
                  "setLevel",
                  "setUseParentHandlers",
                  "setFilter",
                  "setParent")),
          entry(
              "java/util/logging/LogManager",
              Set.of("reset", "readConfiguration", "updateConfiguration")),
          entry(
              "ch/qos/logback/classic/Logger",
              Set.of(
                  "addAppender",
                  "detachAppender",
                  "detachAndStopAllAppenders",
                  "setLevel",
                  "setAdditive")),
          entry("ch/qos/logback/classic/LoggerContext", Set.of("reset")),
          entry(
              "org/apache/logging/log4j/core/Logger",
              Set.of("addAppender", "removeAppender", "setLevel", "setAdditive")),
          entry(
              "org/apache/logging/log4j/core/config/Configurator",
              Set.of("setLevel", "setRootLevel", "setAllLevels")));

  private GlobalStateMutators() {}

  /**
   * Whether a call changes JVM-global state.
   *
   * @param owner the internal name of the class the call names, such as {@code java/lang/System}
   * @param methodName the called method's name
   */
  static boolean contains(String owner, String methodName) {
    Set<String> names = NAMES_BY_OWNER.get(owner);
    return names != null && names.contains(methodName);
  }
}
