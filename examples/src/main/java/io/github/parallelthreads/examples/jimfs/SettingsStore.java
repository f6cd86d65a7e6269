package io.github.parallelthreads.examples.jimfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Saves an application's settings as {@code key=value} lines in {@value #LOCATION}, and reads them
 * back.
 *
 * <p>The store works in the file system it is given: {@code FileSystems.getDefault()} in
 * production, an in-memory Jimfs file system in tests. Two stores on the same file system share the
 * one file, as two processes on one machine would: the last save wins. The store does not lock the
 * file; it is meant for one application instance per file system.
 */
public final class SettingsStore {

  /** Where the settings are kept, in whichever file system the store is given. */
  public static final String LOCATION = "/etc/inventory/settings.conf";

  private final Path file;

  /**
   * A store in the given file system.
   *
   * @param fileSystem the file system holding {@value #LOCATION}
   */
  public SettingsStore(FileSystem fileSystem) {
    this.file = fileSystem.getPath(LOCATION);
  }

  /**
   * Replaces the saved settings.
   *
   * @param settings keys and values without line breaks; keys without {@code =}
   * @throws IOException if the file cannot be written
   */
  public void save(Map<String, String> settings) throws IOException {
    Files.createDirectories(file.getParent());
    List<String> lines =
        new TreeMap<>(settings)
            .entrySet().stream()
                .map(setting -> setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.toList());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * The saved settings.
   *
   * @return the settings, empty if none were saved
   * @throws IOException if the file cannot be read
   */
  public Map<String, String> load() throws IOException {
    if (!Files.exists(file)) {
      return Map.of();
    }
    Map<String, String> settings = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int separator = line.indexOf('=');
      if (separator < 0) {
        throw new IOException("not a key=value line in " + file + ": " + line);
      }
      settings.put(line.substring(0, separator), line.substring(separator + 1));
    }
    return settings;
  }
}
