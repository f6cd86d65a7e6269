package io.github.parallelthreads.examples.warnings;

import java.util.logging.Logger;

/**
 * Accepts or refuses money transfers, and logs a warning for each refusal through {@code
 * java.util.logging}: the Java counterpart of Python's {@code warnings.warn}.
 */
public final class TransferValidator {

  static final Logger LOGGER = Logger.getLogger(TransferValidator.class.getName());

  /** Whether a transfer of {@code cents} may go ahead; a refusal is logged as a warning. */
  public boolean accept(long cents) {
    if (cents <= 0) {
      LOGGER.warning("refused a transfer of " + cents + " cents: amounts must be positive");
      return false;
    }
    return true;
  }
}
