package io.github.parallelthreads.internal.classfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Class files are read once each, and one that cannot be read is passed over, not fatal, and
 * recorded with the reason, once, for the thread that met it.
 */
class ClassFileIndexTests {

  private static final String SAMPLE = Sample.class.getName().replace('.', '/');

  @Test
  void readsTheCallsOfAMethodWithItsLambdaBodiesSplicedIn() {
    ClassFileIndex index = new ClassFileIndex(getClass().getClassLoader());

    MethodSummary method = index.declared(SAMPLE, "changesTheLocale", "()V");

    assertThat(method.label()).isEqualTo("Sample#changesTheLocale()");
    assertThat(method.calls())
        .contains(new CallSite("java/util/Locale", "setDefault", "(Ljava/util/Locale;)V"))
        .noneMatch(call -> call.name().startsWith("lambda$"));
  }

  @Test
  void aMissingClassFileIsUnreadable() {
    ClassFileIndex index = new ClassFileIndex(loaderServing(Map.of()));

    assertThat(index.declared("com/acme/Missing", "run", "()V")).isNull();
    assertThat(index.drainUnreadable()).as("nothing to read is no failure to read").isEmpty();
  }

  @Test
  void aClassFileTooNewForAsmIsUnreadable() {
    byte[] tooNew = classFile(SAMPLE);
    tooNew[6] = 0;
    tooNew[7] = (byte) 200; // major version 200: no ASM knows it
    ClassFileIndex index = new ClassFileIndex(loaderServing(Map.of(SAMPLE, tooNew)));

    assertThat(index.declared(SAMPLE, "changesTheLocale", "()V")).isNull();
    assertThat(index.resolve(new CallSite(SAMPLE, "changesTheLocale", "()V"), owner -> true))
        .isNull();
    assertThat(index.drainUnreadable())
        .containsExactly(
            new UnreadableClass(
                Sample.class.getName(),
                "java.lang.IllegalArgumentException: Unsupported class file version 200.0"));
    assertThat(index.drainUnreadable()).as("drained, and never read again").isEmpty();
    assertThat(index.declared(SAMPLE, "toString", "()Ljava/lang/String;")).isNull();
    assertThat(index.drainUnreadable()).isEmpty();
  }

  @Test
  void aCorruptClassFileIsUnreadable() {
    byte[] corrupt = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 42};
    ClassFileIndex index = new ClassFileIndex(loaderServing(Map.of("com/acme/Corrupt", corrupt)));

    assertThat(index.declared("com/acme/Corrupt", "run", "()V")).isNull();
    assertThat(index.drainUnreadable())
        .containsExactly(
            new UnreadableClass(
                "com.acme.Corrupt",
                "java.lang.ArrayIndexOutOfBoundsException: Index 10 out of bounds for length 10"));
  }

  @Test
  void anUnreadableClassIsDrainedByTheThreadWhoseLookupReadIt() throws InterruptedException {
    byte[] corrupt = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 42};
    ClassFileIndex index = new ClassFileIndex(loaderServing(Map.of("com/acme/Corrupt", corrupt)));
    List<UnreadableClass> drainedThere = new ArrayList<>();
    Thread other =
        new Thread(
            () -> {
              index.declared("com/acme/Corrupt", "run", "()V");
              drainedThere.addAll(index.drainUnreadable());
            });

    index.declared("com/acme/Corrupt", "run", "()V"); // first read: recorded for this thread
    other.start();
    other.join(); // the other thread finds it unreadable too, without reading it again

    assertThat(drainedThere).isEmpty();
    assertThat(index.drainUnreadable())
        .extracting(UnreadableClass::className)
        .containsExactly("com.acme.Corrupt");
  }

  @Test
  void aClassFileIsReadOnce() {
    int[] reads = {0};
    ClassLoader counting =
        new ClassLoader(null) {
          @Override
          public InputStream getResourceAsStream(String name) {
            reads[0]++;
            return new ByteArrayInputStream(classFile(SAMPLE));
          }
        };
    ClassFileIndex index = new ClassFileIndex(counting);

    index.declared(SAMPLE, "changesTheLocale", "()V");
    index.declared(SAMPLE, "toString", "()Ljava/lang/String;");

    assertThat(reads[0]).isOne();
  }

  @Test
  void theCallsIndexReadsNoFields() {
    ClassFileIndex index = new ClassFileIndex(getClass().getClassLoader());

    assertThat(index.declared(FIELDS, "<init>", "()V").fieldAccesses()).isEmpty();
    assertThat(index.field(FIELDS, "names")).isNull();
  }

  @Test
  void tellsFieldInitializersFromTheConstructorAndKeepsTheStoredCall() {
    ClassFileIndex index = ClassFileIndex.withFieldAccesses(getClass().getClassLoader());

    assertThat(index.declared(FIELDS, "<init>", "()V").fieldAccesses())
        .containsExactly(
            new FieldAccess(
                FIELDS,
                "names",
                "Ljava/util/List;",
                true,
                false,
                new CallSite("java/util/List", "of", "()Ljava/util/List;"),
                true),
            new FieldAccess(
                FIELDS,
                "buffer",
                "Ljava/lang/StringBuilder;",
                true,
                false,
                new CallSite("java/lang/StringBuilder", "<init>", "()V"),
                false));
  }

  @Test
  void recordsReadsAndWritesOfLambdaBodiesAndStaticFields() {
    ClassFileIndex index = ClassFileIndex.withFieldAccesses(getClass().getClassLoader());

    assertThat(index.declared(FIELDS, "count", "()V").fieldAccesses())
        .containsExactly(
            new FieldAccess(FIELDS, "counter", "I", false, true, null, false),
            new FieldAccess(FIELDS, "counter", "I", true, true, null, false),
            new FieldAccess(
                FIELDS, "buffer", "Ljava/lang/StringBuilder;", false, false, null, false));
  }

  @Test
  void findsAFieldWhereItIsDeclaredWithItsAnnotations() {
    ClassFileIndex index = ClassFileIndex.withFieldAccesses(getClass().getClassLoader());

    DeclaredField inherited = index.field(FIELDS + "$Sub", "buffer");

    assertThat(inherited.owner()).isEqualTo(FIELDS);
    assertThat(inherited.label()).isEqualTo("Fields.buffer");
    assertThat(index.field(FIELDS, "names").field().annotations())
        .containsExactly("Ljava/lang/Deprecated;");
    assertThat(index.field(FIELDS, "absent")).isNull();
  }

  @Test
  void saysWhichClassPathEntryAClassFileComesFrom() {
    ClassFileIndex index = ClassFileIndex.withFieldAccesses(getClass().getClassLoader());

    assertThat(index.classPathEntry(FIELDS))
        .isEqualTo(index.classPathEntry(SAMPLE))
        .isNotEqualTo(index.classPathEntry("org/junit/jupiter/api/Test"))
        .endsWith("/");
    assertThat(index.classPathEntry("com/acme/Missing")).isNull();
  }

  private static ClassLoader loaderServing(Map<String, byte[]> classFiles) {
    return new ClassLoader(null) {
      @Override
      public InputStream getResourceAsStream(String name) {
        byte[] bytes = classFiles.get(name.substring(0, name.length() - ".class".length()));
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }
    };
  }

  private static byte[] classFile(String internalName) {
    try (InputStream in =
        ClassFileIndexTests.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String FIELDS = Fields.class.getName().replace('.', '/');

  static class Fields {
    static int counter;

    @Deprecated private final java.util.List<String> names = java.util.List.of();
    StringBuilder buffer;

    Fields() {
      buffer = new StringBuilder();
    }

    void count() {
      Runnable increment = () -> counter++;
      increment.run();
      buffer.length();
    }

    static final class Sub extends Fields {}
  }

  static final class Sample {
    void changesTheLocale() {
      Runnable change = () -> Locale.setDefault(Locale.getDefault());
      change.run();
    }
  }
}
