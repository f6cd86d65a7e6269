package io.github.parallelthreads.internal.execution;

import java.io.Serial;

/** A parallel run that could not take place, for example because its threads could not start. */
final class ParallelRunException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  ParallelRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
