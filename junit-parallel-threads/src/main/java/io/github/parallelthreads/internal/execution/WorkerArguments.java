package io.github.parallelthreads.internal.execution;

import io.github.parallelthreads.ParallelContext;
import io.github.parallelthreads.ThreadComparator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The arguments JUnit resolved once for a test method, turned into each worker's own: its {@link
 * ParallelContext}, its view of the run's {@link ThreadComparator}, and for every {@link TempDir}
 * parameter a new, empty directory inside the one JUnit created (so JUnit's cleanup removes it).
 */
public final class WorkerArguments {

  private enum Kind {
    SHARED,
    CONTEXT,
    COMPARATOR,
    TEMP_DIR_PATH,
    TEMP_DIR_FILE
  }

  private final Object[] resolved;
  private final Kind[] kinds;

  private WorkerArguments(Object[] resolved, Kind[] kinds) {
    this.resolved = resolved;
    this.kinds = kinds;
  }

  public static WorkerArguments of(Executable executable, List<Object> arguments) {
    Object[] resolved = arguments.toArray();
    Parameter[] parameters = executable.getParameters();
    Kind[] kinds = new Kind[resolved.length];
    for (int i = 0; i < resolved.length; i++) {
      kinds[i] = i < parameters.length ? kindOf(parameters[i], resolved[i]) : Kind.SHARED;
    }
    return new WorkerArguments(resolved, kinds);
  }

  private static Kind kindOf(Parameter parameter, Object value) {
    Class<?> type = parameter.getType();
    if (type == ParallelContext.class) {
      return Kind.CONTEXT;
    }
    if (type == ThreadComparator.class) {
      return Kind.COMPARATOR;
    }
    if (parameter.isAnnotationPresent(TempDir.class)) {
      if (value instanceof Path) {
        return Kind.TEMP_DIR_PATH;
      }
      if (value instanceof File) {
        return Kind.TEMP_DIR_FILE;
      }
    }
    return Kind.SHARED;
  }

  public Object[] forWorker(WorkerContext context, ThreadComparator comparator) throws IOException {
    Object[] arguments = resolved.clone();
    for (int i = 0; i < arguments.length; i++) {
      switch (kinds[i]) {
        case CONTEXT -> arguments[i] = context;
        case COMPARATOR -> arguments[i] = comparator;
        case TEMP_DIR_PATH -> arguments[i] = newDirectoryIn((Path) resolved[i], context);
        case TEMP_DIR_FILE ->
            arguments[i] = newDirectoryIn(((File) resolved[i]).toPath(), context).toFile();
        case SHARED -> {
          // the same object for every thread, as JUnit resolved it
        }
      }
    }
    return arguments;
  }

  /**
   * Deletes the directories {@link #forWorker} made for one iteration of one worker. One that
   * cannot be deleted (a file still open on Windows) is left to JUnit's cleanup, which reports it.
   */
  public void deleteDirectories(Object[] workerArguments) {
    for (int i = 0; i < workerArguments.length; i++) {
      if (kinds[i] == Kind.TEMP_DIR_PATH) {
        deleteQuietly((Path) workerArguments[i]);
      } else if (kinds[i] == Kind.TEMP_DIR_FILE) {
        deleteQuietly(((File) workerArguments[i]).toPath());
      }
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> tree = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException leftToJUnit) {
      // JUnit deletes the test's directory, with this one in it, and reports what it cannot
    }
  }

  private static Path newDirectoryIn(Path testDirectory, WorkerContext context) throws IOException {
    String prefix =
        "thread-" + context.threadIndex() + "-iteration-" + context.iterationIndex() + "-";
    return Files.createTempDirectory(testDirectory, prefix);
  }
}
