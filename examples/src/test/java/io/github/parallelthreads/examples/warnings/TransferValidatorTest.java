package io.github.parallelthreads.examples.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Nothing here is marked {@code @ThreadUnsafe}: the extension finds on its own that the second test
 * attaches a handler to a JVM-wide logger, and runs it on one thread. On 8 threads, each body's
 * handler would also see the other seven threads' warnings.
 */
@ParallelThreads(8)
class TransferValidatorTest {

  private final TransferValidator validator = new TransferValidator();

  @Test
  void acceptsPositiveAmounts() {
    assertThat(validator.accept(1_00)).isTrue();
  }

  @Test
  void warnsAboutARefusedTransfer(ParallelContext context) {
    // detected: Logger.addHandler changes JVM-global state, so this runs once, on one thread
    assertThat(context.threadCount()).isEqualTo(1);
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    TransferValidator.LOGGER.addHandler(capture);
    try {
      assertThat(validator.accept(-5)).isFalse();
    } finally {
      TransferValidator.LOGGER.removeHandler(capture);
    }

    assertThat(warnings)
        .containsExactly("refused a transfer of -5 cents: amounts must be positive");
  }
}
