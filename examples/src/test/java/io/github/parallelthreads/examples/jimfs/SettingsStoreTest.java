package io.github.parallelthreads.examples.jimfs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ParallelThreads;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;

/**
 * {@link SettingsStore} on 8 threads, each with an in-memory file system of its own, created in the
 * body: every thread saves to and reads from {@value SettingsStore#LOCATION} without seeing the
 * other threads' files. Compare {@link SharedFileSystemExposureTest}, where the file system is made
 * once per test and the threads collide.
 */
@ParallelThreads(8)
class SettingsStoreTest {

  @RepeatedTest(20)
  void loadsTheSettingsItSaved(ParallelContext context) throws IOException {
    try (FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix())) {
      SettingsStore store = new SettingsStore(fileSystem);
      Map<String, String> settings = settingsOf(context.threadIndex());

      store.save(settings);

      assertThat(store.load()).isEqualTo(settings);
    }
  }

  @RepeatedTest(20)
  void loadsNothingBeforeTheFirstSave() throws IOException {
    try (FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix())) {
      assertThat(new SettingsStore(fileSystem).load()).isEmpty();
    }
  }

  /** Settings that differ from thread to thread, so a thread reading another's would notice. */
  static Map<String, String> settingsOf(int threadIndex) {
    return Map.of("owner", "thread-" + threadIndex, "page-size", String.valueOf(10 + threadIndex));
  }
}
