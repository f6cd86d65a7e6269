package io.github.parallelthreads.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads a test class's whole nest (its outermost class and every class nested in it) anew, from the
 * same class files, but serves one of those classes' class file as major version 200, which no ASM
 * reads: that class runs as usual, and detection cannot read it. The whole nest, because a nested
 * class and its outer class must come from one loader for reflection to accept them.
 */
final class UnreadableClassFileLoader extends ClassLoader {

  private final String nest;
  private final String unreadableResource;

  /**
   * @param outermost the outermost class of the nest to load anew
   * @param unreadable the class of that nest whose class file detection is to find unreadable
   */
  UnreadableClassFileLoader(Class<?> outermost, Class<?> unreadable) {
    super(outermost.getClassLoader());
    this.nest = outermost.getName();
    this.unreadableResource = resourceName(unreadable.getName());
  }

  /** This loader's copy of a class of the nest. */
  Class<?> copyOf(Class<?> type) {
    try {
      return loadClass(type.getName());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.equals(nest) && !name.startsWith(nest + "$")) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] classFile = classFile(resourceName(name));
        loaded = defineClass(name, classFile, 0, classFile.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    if (!name.equals(unreadableResource)) {
      return super.getResourceAsStream(name);
    }
    byte[] tooNew = classFile(name);
    tooNew[6] = 0;
    tooNew[7] = (byte) 200;
    return new ByteArrayInputStream(tooNew);
  }

  private byte[] classFile(String resource) {
    try (InputStream in = getParent().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resourceName(String className) {
    return className.replace('.', '/') + ".class";
  }
}
