package io.github.parallelthreads.internal.classfile;

import io.github.parallelthreads.ThreadUnsafe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one class file with ASM into a {@link ClassSummary}: each method's calls, method references
 * included, with the calls of the lambda bodies it defines spliced in where the lambda is created;
 * its {@code @ThreadUnsafe}; and whether it, or a lambda body it defines, catches {@code
 * OutOfMemoryError} or uses {@code OutOfMemoryError.class}: a test that expects the heap to run
 * out.
 */
final class ClassFileParser {

  private static final String THREAD_UNSAFE =
      "L" + ThreadUnsafe.class.getName().replace('.', '/') + ";";
  private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final String OUT_OF_MEMORY_ERROR = "java/lang/OutOfMemoryError";

  private ClassFileParser() {}

  /**
   * Parses a class file.
   *
   * @throws RuntimeException when ASM cannot read it: a class file version newer than it knows, or
   *     a corrupt file
   */
  static ClassSummary parse(byte[] classFile) {
    Collector collector = new Collector();
    // debug information and stack map frames say nothing about calls; skipping them is faster
    new ClassReader(classFile).accept(collector, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return collector.summary();
  }

  /** A call as read, before lambda bodies are spliced in; a lambda targets its own class. */
  private record Pending(CallSite call, boolean maybeLambdaBody) {}

  /** A method as read. */
  private static final class RawMethod {
    final String name;
    final boolean synthetic;
    final List<Pending> calls = new ArrayList<>();
    String threadUnsafeReason;
    String memoryExhaustion;

    RawMethod(String name, boolean synthetic) {
      this.name = name;
      this.synthetic = synthetic;
    }
  }

  private static final class Collector extends ClassVisitor {
    private String className;
    private String superName;
    private List<String> interfaces = List.of();
    private final Map<String, RawMethod> methods = new HashMap<>();

    Collector() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      this.className = name;
      this.superName = superName;
      this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      RawMethod method = new RawMethod(name, (access & Opcodes.ACC_SYNTHETIC) != 0);
      methods.put(ClassSummary.key(name, descriptor), method);
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          if (!annotation.equals(THREAD_UNSAFE)) {
            return null;
          }
          method.threadUnsafeReason = "";
          return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String attribute, Object value) {
              if (attribute.equals("reason")) {
                method.threadUnsafeReason = String.valueOf(value);
              }
            }
          };
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
          if (OUT_OF_MEMORY_ERROR.equals(type) && method.memoryExhaustion == null) {
            method.memoryExhaustion = "catches OutOfMemoryError";
          }
        }

        @Override
        public void visitLdcInsn(Object value) {
          // a class literal, as passed to assertThrows(OutOfMemoryError.class, ...)
          if (value instanceof Type type
              && type.getSort() == Type.OBJECT
              && type.getInternalName().equals(OUT_OF_MEMORY_ERROR)
              && method.memoryExhaustion == null) {
            method.memoryExhaustion = "uses OutOfMemoryError.class";
          }
        }

        @Override
        public void visitMethodInsn(
            int opcode, String owner, String name, String descriptor, boolean isInterface) {
          method.calls.add(new Pending(new CallSite(owner, name, descriptor), false));
        }

        @Override
        public void visitInvokeDynamicInsn(
            String name, String descriptor, Handle bootstrap, Object... arguments) {
          // a lambda or method reference: the second bootstrap argument is the implementation
          if (bootstrap.getOwner().equals(LAMBDA_METAFACTORY)
              && arguments.length > 1
              && arguments[1] instanceof Handle target) {
            CallSite call = new CallSite(target.getOwner(), target.getName(), target.getDesc());
            method.calls.add(new Pending(call, target.getOwner().equals(className)));
          }
        }
      };
    }

    ClassSummary summary() {
      Map<String, MethodSummary> summaries = new HashMap<>();
      methods.forEach(
          (key, method) ->
              summaries.put(
                  key,
                  new MethodSummary(
                      className,
                      method.name,
                      List.copyOf(callsOf(method, new HashSet<>())),
                      method.threadUnsafeReason,
                      memoryExhaustionOf(method, new HashSet<>()))));
      return new ClassSummary(superName, interfaces, summaries);
    }

    /** The method's distinct calls, in bytecode order, with its lambda bodies' calls in place. */
    private Set<CallSite> callsOf(RawMethod method, Set<RawMethod> splicing) {
      splicing.add(method);
      Set<CallSite> calls = new LinkedHashSet<>();
      for (Pending pending : method.calls) {
        RawMethod body = lambdaBody(pending);
        if (body != null) {
          if (!splicing.contains(body)) {
            calls.addAll(callsOf(body, splicing));
          }
        } else {
          calls.add(pending.call());
        }
      }
      splicing.remove(method);
      return calls;
    }

    /** The method's own sign of running out of memory, else the first of its lambda bodies'. */
    private String memoryExhaustionOf(RawMethod method, Set<RawMethod> visiting) {
      if (method.memoryExhaustion != null) {
        return method.memoryExhaustion;
      }
      visiting.add(method);
      for (Pending pending : method.calls) {
        RawMethod body = lambdaBody(pending);
        if (body != null && !visiting.contains(body)) {
          String found = memoryExhaustionOf(body, visiting);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    /** The lambda body a pending call creates, or null if it is an ordinary call. */
    private RawMethod lambdaBody(Pending pending) {
      if (!pending.maybeLambdaBody()) {
        return null;
      }
      RawMethod body =
          methods.get(ClassSummary.key(pending.call().name(), pending.call().descriptor()));
      return body != null && isLambdaBody(body) ? body : null;
    }

    /** What javac compiles a lambda expression's body to; a method reference is a real call. */
    private static boolean isLambdaBody(RawMethod method) {
      return method.synthetic && method.name.startsWith("lambda$");
    }
  }
}
