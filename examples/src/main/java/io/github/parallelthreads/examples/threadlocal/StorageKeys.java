package io.github.parallelthreads.examples.threadlocal;

/**
 * The keys under which one tenant's documents are stored, so that tenants never read each other's
 * documents.
 *
 * <p>Two ways to get one: {@link #ofCurrentTenant()} reads the tenant bound to the calling thread,
 * which is convenient inside a request and fails on any thread where no tenant is bound; the
 * constructor takes the tenant explicitly, which works on every thread and makes the dependency
 * visible to the caller. Prefer the constructor in code that may hand work to other threads.
 */
public final class StorageKeys {

  private final String tenant;

  /**
   * Keys for the given tenant.
   *
   * @param tenant the tenant's id
   */
  public StorageKeys(String tenant) {
    if (tenant == null || tenant.isBlank()) {
      throw new IllegalArgumentException("tenant must be a non-blank id: " + tenant);
    }
    this.tenant = tenant;
  }

  /**
   * Keys for the tenant bound to the calling thread.
   *
   * @throws IllegalStateException if no tenant is bound to this thread
   */
  public static StorageKeys ofCurrentTenant() {
    return new StorageKeys(CurrentTenant.get());
  }

  /**
   * The key of a document, such as {@code tenants/acme/documents/invoice-17.pdf}.
   *
   * @param document the document's name
   * @return the key
   */
  public String documentKey(String document) {
    return "tenants/" + tenant + "/documents/" + document;
  }
}
