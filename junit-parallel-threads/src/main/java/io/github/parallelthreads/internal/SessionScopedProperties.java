package io.github.parallelthreads.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ties the system properties the library sets to the launcher session it sets them in: when that
 * session closes, each is put back as it was, absent again or with the value it had, so that a
 * later session in the same JVM (an IDE rerun, a build daemon) does not take them for the user's.
 * The launcher loads this listener by itself (JUnit Platform 1.8 and later) and tells it when each
 * session opens and closes; {@code LauncherFactory.create()} opens one for every call.
 *
 * <p>Sessions nest (a test that launches tests opens one inside the build's), so a property is tied
 * to the innermost session open on the calling thread, or else the innermost open on any. A
 * property that someone else changed after the library set it is left as they left it. Without any
 * open session (a launcher built with session listeners switched off) it stays set.
 *
 * <p>Public only because the launcher instantiates it through the {@code ServiceLoader}.
 */
public final class SessionScopedProperties implements LauncherSessionListener {

  /** The open sessions, innermost first; guarded by itself. */
  private static final Deque<Scope> OPEN = new ArrayDeque<>();

  /** One property the library set, the value it set and the value it replaced (null: absent). */
  private record Change(String key, String before, String value) {}

  /** One open session and what the library set in it, in order. */
  private record Scope(LauncherSession session, Thread thread, List<Change> changes) {}

  /** Created by the launcher through the {@code ServiceLoader}. */
  public SessionScopedProperties() {}

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    synchronized (OPEN) {
      OPEN.push(new Scope(session, Thread.currentThread(), new ArrayList<>()));
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    synchronized (OPEN) {
      for (Iterator<Scope> open = OPEN.iterator(); open.hasNext(); ) {
        Scope scope = open.next();
        if (scope.session() == session) {
          open.remove();
          restore(scope.changes());
          return;
        }
      }
    }
  }

  /** Sets a system property until the current launcher session closes. */
  static void set(String key, String value) {
    synchronized (OPEN) {
      String before = System.setProperty(key, value);
      Scope scope = current();
      if (scope != null) {
        scope.changes().add(new Change(key, before, value));
      }
    }
  }

  private static Scope current() {
    for (Scope scope : OPEN) {
      if (scope.thread() == Thread.currentThread()) {
        return scope;
      }
    }
    return OPEN.peek();
  }

  private static void restore(List<Change> changes) {
    for (int i = changes.size() - 1; i >= 0; i--) {
      Change change = changes.get(i);
      if (!Objects.equals(System.getProperty(change.key()), change.value())) {
        continue; // changed since by someone else: theirs now
      }
      if (change.before() == null) {
        System.clearProperty(change.key());
      } else {
        System.setProperty(change.key(), change.before());
      }
    }
  }
}
