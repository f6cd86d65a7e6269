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
import org.objectweb.asm.FieldVisitor;
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
 *
 * <p>Asked to, it also reads the declared fields and each method's field reads and writes (lambda
 * bodies spliced in the same way). That needs the line numbers, which tell a field initializer's
 * code apart from the constructor's own, so it costs more, and only the analysis of a failed test
 * asks for it.
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
    return parse(classFile, false);
  }

  /**
   * Parses a class file, with its fields and field accesses if asked.
   *
   * @throws RuntimeException when ASM cannot read it: a class file version newer than it knows, or
   *     a corrupt file
   */
  static ClassSummary parse(byte[] classFile, boolean withFieldAccesses) {
    Collector collector = new Collector(withFieldAccesses);
    // debug information and stack map frames say nothing about calls; skipping them is faster
    int skipped =
        withFieldAccesses
            ? ClassReader.SKIP_FRAMES
            : ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;
    new ClassReader(classFile).accept(collector, skipped);
    return collector.summary();
  }

  /** A call as read, before lambda bodies are spliced in; a lambda targets its own class. */
  private record Pending(CallSite call, boolean maybeLambdaBody) {}

  /** A method as read. */
  private static final class RawMethod {
    final String name;
    final boolean synthetic;
    final boolean bridge;
    final List<Pending> calls = new ArrayList<>();

    /** Field accesses and, where the method creates a lambda, its {@link Pending} call. */
    final List<Object> fieldEvents = new ArrayList<>();

    String threadUnsafeReason;
    String memoryExhaustion;

    RawMethod(String name, int access) {
      this.name = name;
      this.synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0;
      this.bridge = (access & Opcodes.ACC_BRIDGE) != 0;
    }
  }

  private static final class Collector extends ClassVisitor {
    private final boolean withFieldAccesses;
    private String className;
    private String superName;
    private List<String> interfaces = List.of();
    private final Map<String, RawMethod> methods = new HashMap<>();
    private final Map<String, FieldSummary> fields = new HashMap<>();

    Collector(boolean withFieldAccesses) {
      super(Opcodes.ASM9);
      this.withFieldAccesses = withFieldAccesses;
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
    public FieldVisitor visitField(
        int access, String name, String descriptor, String signature, Object value) {
      if (!withFieldAccesses) {
        return null;
      }
      List<String> annotations = new ArrayList<>();
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          if (visible) {
            annotations.add(annotation);
          }
          return null;
        }

        @Override
        public void visitEnd() {
          fields.put(name, new FieldSummary(name, descriptor, access, annotations));
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      RawMethod method = new RawMethod(name, access);
      methods.put(ClassSummary.key(name, descriptor), method);
      MethodVisitor calls = callsVisitor(method);
      return withFieldAccesses ? new FieldAccessVisitor(calls, method) : calls;
    }

    private MethodVisitor callsVisitor(RawMethod method) {
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
            Pending pending = new Pending(call, target.getOwner().equals(className));
            method.calls.add(pending);
            if (withFieldAccesses) {
              method.fieldEvents.add(pending);
            }
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
                      memoryExhaustionOf(method, new HashSet<>()),
                      List.copyOf(fieldAccessesOf(method, new HashSet<>())),
                      method.bridge)));
      return new ClassSummary(superName, interfaces, summaries, fields);
    }

    /**
     * The method's distinct field accesses, in bytecode order, with its lambda bodies' in place.
     */
    private Set<FieldAccess> fieldAccessesOf(RawMethod method, Set<RawMethod> splicing) {
      splicing.add(method);
      Set<FieldAccess> accesses = new LinkedHashSet<>();
      for (Object event : method.fieldEvents) {
        if (event instanceof FieldAccess access) {
          accesses.add(access);
        } else {
          RawMethod body = lambdaBody((Pending) event);
          if (body != null && !splicing.contains(body)) {
            accesses.addAll(fieldAccessesOf(body, splicing));
          }
        }
      }
      splicing.remove(method);
      return accesses;
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

  /**
   * Records a method's field accesses, then hands every instruction on to the calls visitor. In a
   * constructor it tells field initializers from the constructor's own code by line: javac gives
   * the constructor's code the lines from its first (the {@code super} call) to the one of its
   * closing brace, where it puts the implicit {@code return}, and an initializer's code the line of
   * the field; a constructor javac wrote itself has no line of its own but the class's.
   */
  private static final class FieldAccessVisitor extends MethodVisitor {
    private final RawMethod method;
    private final boolean constructor;

    /** The line of each access, and where it stands in the method's field events. */
    private final List<int[]> lineAndEvent = new ArrayList<>();

    private int line = -1;
    private int firstLine = -1;
    private int returnLine = -1;
    private boolean lineStartsHere;
    private CallSite lastCall;

    FieldAccessVisitor(MethodVisitor calls, RawMethod method) {
      super(Opcodes.ASM9, calls);
      this.method = method;
      this.constructor = method.name.equals("<init>");
    }

    @Override
    public void visitLineNumber(int number, Label start) {
      line = number;
      if (firstLine < 0) {
        firstLine = number;
      }
      lineStartsHere = true;
      super.visitLineNumber(number, start);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      boolean write = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC;
      boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
      FieldAccess access =
          new FieldAccess(owner, name, descriptor, write, isStatic, write ? lastCall : null, false);
      lineAndEvent.add(new int[] {line, method.fieldEvents.size()});
      method.fieldEvents.add(access);
      instruction();
      super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(
        int opcode, String owner, String name, String descriptor, boolean isInterface) {
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      instruction();
      lastCall = new CallSite(owner, name, descriptor);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      CallSite call = lastCall;
      instruction();
      if (opcode == Opcodes.CHECKCAST) {
        lastCall = call; // the cast of a generic method's result still stores that result
      }
      super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitInsn(int opcode) {
      if (opcode == Opcodes.RETURN) {
        returnLine = lineStartsHere ? line : -1;
      }
      instruction();
      super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      instruction();
      super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
      instruction();
      super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      instruction();
      super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
      instruction();
      super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
      instruction();
      super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... arguments) {
      instruction();
      super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      instruction();
      super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      instruction();
      super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
      instruction();
      super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    private void instruction() {
      lineStartsHere = false;
      lastCall = null;
    }

    @Override
    public void visitEnd() {
      if (constructor && firstLine >= 0) {
        int lastLine = Math.max(firstLine, returnLine);
        for (int[] access : lineAndEvent) {
          int accessLine = access[0];
          if (accessLine >= 0 && (accessLine < firstLine || accessLine > lastLine)) {
            FieldAccess read = (FieldAccess) method.fieldEvents.get(access[1]);
            method.fieldEvents.set(
                access[1],
                new FieldAccess(
                    read.owner(),
                    read.name(),
                    read.descriptor(),
                    read.write(),
                    read.isStatic(),
                    read.valueFrom(),
                    true));
          }
        }
      }
      super.visitEnd();
    }
  }
}
