package io.github.parallelthreads.examples.threadlocal;

/**
 * The tenant the current request acts for, bound to the thread that handles the request, as web
 * frameworks bind the current user or transaction.
 *
 * <p>A {@code ThreadLocal} has one value per thread: binding a tenant on one thread binds nothing
 * on any other. Code that runs the request's work on another thread (an executor, a parallel
 * stream, the extension's worker threads) finds no tenant there unless that thread binds one
 * itself.
 */
public final class CurrentTenant {

  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  private CurrentTenant() {}

  /**
   * Binds the tenant to the calling thread; unbind it with {@link #clear()} when the request ends,
   * or a pooled thread carries it into the next request.
   *
   * @param tenant the tenant's id
   */
  public static void set(String tenant) {
    if (tenant == null || tenant.isBlank()) {
      throw new IllegalArgumentException("tenant must be a non-blank id: " + tenant);
    }
    TENANT.set(tenant);
  }

  /**
   * The tenant bound to the calling thread.
   *
   * @throws IllegalStateException if none is bound to this thread
   */
  public static String get() {
    String tenant = TENANT.get();
    if (tenant == null) {
      throw new IllegalStateException(
          "no tenant is bound to this thread: call CurrentTenant.set(...) on the thread that"
              + " handles the request");
    }
    return tenant;
  }

  /** Unbinds the calling thread's tenant. */
  public static void clear() {
    TENANT.remove();
  }
}
