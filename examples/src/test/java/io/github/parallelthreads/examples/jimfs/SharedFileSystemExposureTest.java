package io.github.parallelthreads.examples.jimfs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import io.github.parallelthreads.examples.exposure.Exposure;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

// The check itself runs once, even when the examples run with -Djunit.parallel.threads=8.
@ParallelThreads(1)
class SharedFileSystemExposureTest {

  @Test
  void theExtensionExposesThreadsReadingEachOthersSettings() {
    // Measured with ExposureRates: see examples/EXPOSURE.md for the rate and why 50 runs.
    String message = Exposure.of(SharedFileSystemTestCase.class).withinRuns(50).show().message();

    // a thread loads another thread's settings, or none (the file was being rewritten); a half
    // written line would fail the load instead, though 200 measured runs never showed one
    assertThat(message)
        .containsPattern("^\\d of 8 threads failed")
        .containsPattern("expected: \\{\"owner\"=\"thread-\\d\"|not a key=value line");
  }

  /**
   * The bug is in this test, not in {@link SettingsStore}: the file system is made once per test,
   * in a field, so the 8 threads of a repetition share it and all save to the same file. A thread
   * then loads another thread's settings, or a file another thread is writing at that moment. The
   * store behaves as it should; the test gave every thread the same disk.
   */
  static class SharedFileSystemTestCase {

    private final FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix());

    @AfterEach
    void closeFileSystem() throws IOException {
      fileSystem.close();
    }

    @ParallelThreads(8)
    @RepeatedTest(50)
    void loadsTheSettingsItSaved(ParallelContext context) throws IOException {
      SettingsStore store = new SettingsStore(fileSystem);
      Map<String, String> settings = SettingsStoreTest.settingsOf(context.threadIndex());

      store.save(settings);

      assertThat(store.load()).isEqualTo(settings);
    }
  }
}
