package io.github.parallelthreads.internal.perturbation;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Puts a call of {@link Noise#point()} before every instruction where another thread's timing
 * matters: reads and writes of fields (except the class's own final fields), array loads and
 * stores, {@code monitorenter}, calls into {@code java.util.concurrent}, {@code Object.wait} and
 * {@code notify}, {@code Thread.start} and {@code join}; calls into the JDK's classes that keep
 * state without synchronising it (the collections of {@code java.util}, {@code StringBuilder}, the
 * formatters of {@code java.text}), since the JDK is never in scope and a race inside {@code
 * HashMap.put} otherwise passes no point at all; and after every {@code monitorexit}, where a pause
 * hands the lock to another thread.
 *
 * <p>The call takes a constant, the site's number (a hash of the class, the method and the point's
 * place in it, the same in every run), and returns nothing: the operand stack grows by one slot for
 * one instruction, the stack map frames stay as they were and no class has to be loaded to
 * recompute them; no member is added, so a class already loaded can be retransformed.
 */
final class NoiseInserter {

  private NoiseInserter() {}

  /**
   * The class file with noise points, or null if it has none (or cannot take them: a method that
   * would grow past the JVM's 64 KB limit, say): the class then stays as it is.
   */
  static byte[] instrument(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(reader, 0);
    PointsInClass points = new PointsInClass(writer);
    reader.accept(points, 0);
    return points.inserted > 0 ? writer.toByteArray() : null;
  }

  private static final class PointsInClass extends ClassVisitor {

    private final Set<String> finalFields = new HashSet<>();
    private String self;
    private int inserted;

    PointsInClass(ClassVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      self = name;
      super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public FieldVisitor visitField(
        int access, String name, String descriptor, String signature, Object value) {
      if ((access & Opcodes.ACC_FINAL) != 0) {
        finalFields.add(name);
      }
      return super.visitField(access, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
      // a static initialiser runs under the class's initialisation lock: no other thread races it
      boolean skipped = name.equals("<clinit>") || (access & Opcodes.ACC_BRIDGE) != 0;
      return skipped ? next : new PointsInMethod(next, (self + "." + name + descriptor).hashCode());
    }

    private final class PointsInMethod extends MethodVisitor {

      private final int methodHash;
      private int pointsInMethod;

      PointsInMethod(MethodVisitor next, int methodHash) {
        super(Opcodes.ASM9, next);
        this.methodHash = methodHash;
      }

      @Override
      public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (!(owner.equals(self) && finalFields.contains(name))) {
          point();
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
      }

      @Override
      public void visitInsn(int opcode) {
        boolean arrayAccess =
            (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD)
                || (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE);
        if (arrayAccess || opcode == Opcodes.MONITORENTER) {
          point();
        }
        super.visitInsn(opcode);
        if (opcode == Opcodes.MONITOREXIT) {
          point();
        }
      }

      @Override
      public void visitMethodInsn(
          int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (synchronises(owner, name) || keepsUnsynchronisedState(owner)) {
          point();
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      }

      @Override
      public void visitMaxs(int maxStack, int maxLocals) {
        // the site's number is on the stack for one instruction, on top of whatever was there
        super.visitMaxs(pointsInMethod > 0 ? maxStack + 1 : maxStack, maxLocals);
      }

      private void point() {
        inserted++;
        int site = methodHash * 31 + pointsInMethod++;
        if (site >= Short.MIN_VALUE && site <= Short.MAX_VALUE) {
          super.visitIntInsn(Opcodes.SIPUSH, site);
        } else {
          super.visitLdcInsn(site);
        }
        super.visitMethodInsn(
            Opcodes.INVOKESTATIC, Noise.INTERNAL_NAME, Noise.POINT, Noise.POINT_DESCRIPTOR, false);
      }
    }
  }

  /**
   * Whether the owner is a JDK class or interface whose objects hold state that is not
   * synchronised, or may not be: a call into it is where two threads' calls meet inside the JDK.
   * Interfaces such as {@code Map} count, whatever map is behind them; helpers that hold nothing
   * ({@code Objects}, the functional interfaces) do not.
   */
  private static boolean keepsUnsynchronisedState(String owner) {
    if (owner.startsWith("java/util/")) {
      return !owner.startsWith("java/util/function/") && !owner.equals("java/util/Objects");
    }
    return owner.equals("java/lang/StringBuilder")
        || owner.equals("java/lang/StringBuffer")
        || owner.startsWith("java/text/");
  }

  private static boolean synchronises(String owner, String name) {
    return owner.startsWith("java/util/concurrent/")
        || name.equals("wait")
        || name.equals("notify")
        || name.equals("notifyAll")
        || (owner.equals("java/lang/Thread") && (name.equals("start") || name.equals("join")));
  }
}
