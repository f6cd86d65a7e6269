package io.github.parallelthreads.benchmarks.race.kernels;

import io.github.parallelthreads.benchmarks.race.Kernel;
import io.github.parallelthreads.benchmarks.race.RaceExposedError;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A non-atomic check-then-put on a ConcurrentHashMap: each call is safe, the pair is not, so two
 * callers create two sessions for one user.
 */
public final class CheckThenPutKernel extends Kernel<ConcurrentMap<String, Object>> {

  private static final int USERS = 4;

  public CheckThenPutKernel() {
    super("chm-check-then-put", "ConcurrentHashMap get, then put: created twice");
  }

  @Override
  protected ConcurrentMap<String, Object> newState() {
    return new ConcurrentHashMap<>();
  }

  @Override
  protected void exercise(ConcurrentMap<String, Object> sessions, int execution) {
    for (int i = 0; i < USERS; i++) {
      String user = "user-" + i;
      Object session = sessionFor(sessions, user);
      if (sessions.get(user) != session) {
        throw new RaceExposedError("two sessions were created for " + user);
      }
    }
  }

  private static Object sessionFor(ConcurrentMap<String, Object> sessions, String user) {
    Object session = sessions.get(user);
    if (session == null) {
      session = new Object();
      sessions.put(user, session);
    }
    return session;
  }
}
