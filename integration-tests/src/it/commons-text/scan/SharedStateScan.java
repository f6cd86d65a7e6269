/*
 * Lists the tests of a tests jar whose bodies touch state that the threads running one body share,
 * so that the findings of docs/real-suites.md can be listed from the code, not only
 * from the failures a few runs happened to show. Not part of the build: run it by hand.
 *
 *   mvn -q dependency:get -Dartifact=org.ow2.asm:asm-analysis:9.9.1
 *   mvn -q dependency:get -Dartifact=org.apache.commons:commons-text:1.15.0:jar:tests
 *   R=~/.m2/repository
 *   java -cp $R/org/ow2/asm/asm/9.9.1/asm-9.9.1.jar:$R/org/ow2/asm/asm-tree/9.9.1/asm-tree-9.9.1.jar:$R/org/ow2/asm/asm-analysis/9.9.1/asm-analysis-9.9.1.jar \
 *       SharedStateScan.java $R/org/apache/commons/commons-text/1.15.0/commons-text-1.15.0-tests.jar
 *
 * A test method is reported with what its body does, directly or through the lambdas and the test
 * class's own methods it calls (three levels down):
 *   - writes a field of the test instance, or any static field;
 *   - calls a method that may change the object held in such a field (anything not named like a
 *     reader: get*, is*, size, ...);
 *   - passes the object held in an instance field, or a static field that is not final, to a
 *     method or constructor, which may change it;
 *   - hands the test instance itself to a method or constructor (an inner class, say), which may
 *     change its fields.
 * The lifecycle runs once and only the body runs on every thread, so the test instance and static
 * fields are what the threads share. Every line is a candidate to read, not a verdict: a field
 * that is only read is shared safely.
 */
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

public class SharedStateScan {
    private static final int DEPTH = 3;
    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "Lorg/junit/jupiter/api/Test;",
            "Lorg/junit/jupiter/params/ParameterizedTest;",
            "Lorg/junit/jupiter/api/RepeatedTest;",
            "Lorg/junit/jupiter/api/TestFactory;",
            "Lorg/junit/jupiter/api/TestTemplate;");
    private static final String READER =
            "(get|is|has|contains|size|length|isEmpty|equals|hashCode|toString|compareTo|charAt|indexOf|"
                    + "substring|subSequence|stream|iterator|keySet|values|entrySet|valueOf).*";

    private final Map<String, ClassNode> classes = new HashMap<>();

    public static void main(String[] args) throws Exception {
        SharedStateScan scan = new SharedStateScan();
        try (JarFile jar = new JarFile(args[0])) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    ClassNode node = new ClassNode();
                    new ClassReader(jar.getInputStream(entry)).accept(node, 0);
                    scan.classes.put(node.name, node);
                }
            }
        }
        scan.report();
    }

    /** Every test method, under every concrete class that runs it (a subclass runs inherited ones). */
    private void report() throws AnalyzerException {
        for (ClassNode testClass : new TreeMap<>(classes).values()) {
            if ((testClass.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
                continue;
            }
            Set<String> seenSignatures = new HashSet<>();
            for (ClassNode c = testClass; c != null; c = classes.get(c.superName)) {
                for (MethodNode method : c.methods) {
                    if (!seenSignatures.add(method.name + method.desc) || !isTest(method)) {
                        continue;
                    }
                    Set<String> touches = new TreeSet<>();
                    walk(testClass, c, method, touches, new HashSet<>(), 0);
                    if (!touches.isEmpty()) {
                        String inherited = c == testClass ? "" : " (inherited from " + simple(c.name) + ")";
                        System.out.println(simple(testClass.name) + "#" + method.name + inherited);
                        touches.forEach(t -> System.out.println("    " + t));
                    }
                }
            }
        }
    }

    private void walk(ClassNode testClass, ClassNode declaring, MethodNode method, Set<String> touches,
            Set<String> visited, int depth) throws AnalyzerException {
        if (depth > DEPTH || method == null || method.instructions.size() == 0
                || !visited.add(declaring.name + '.' + method.name + method.desc)) {
            return;
        }
        Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze(declaring.name, method);
        String where = depth == 0 ? "" : "  (in " + method.name + ")";
        boolean thisInSlot0 = (method.access & Opcodes.ACC_STATIC) == 0 || takesTestInstanceFirst(testClass, method);
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            Frame<SourceValue> frame = frames[i];
            if (frame == null) {
                continue;
            }
            if (insn instanceof FieldInsnNode field && insn.getOpcode() == Opcodes.PUTSTATIC) {
                touches.add("writes static field " + simple(field.owner) + "." + field.name + where);
            } else if (insn instanceof FieldInsnNode field && insn.getOpcode() == Opcodes.PUTFIELD
                    && inHierarchy(testClass, field.owner)
                    && thisInSlot0 && isThis(stack(frame, 1))) {
                touches.add("writes field " + field.name + where);
            } else if (insn instanceof MethodInsnNode call) {
                int arguments = Type.getArgumentTypes(call.desc).length;
                String callee = simple(call.owner) + "." + call.name;
                if (insn.getOpcode() != Opcodes.INVOKESTATIC && !call.name.matches(READER) && !call.name.equals("<init>")) {
                    String field = sharedField(testClass, stack(frame, arguments));
                    if (field != null) {
                        touches.add("calls " + callee + " on " + field + where);
                    }
                }
                for (int a = 0; a < arguments; a++) {
                    SourceValue argument = stack(frame, arguments - 1 - a);
                    String field = sharedField(testClass, argument);
                    if (field != null && !isConstant(field)) {
                        touches.add("passes " + field + " to " + callee + where);
                    }
                    if (thisInSlot0 && isThis(argument) && !inHierarchy(testClass, call.owner)) {
                        touches.add("hands the test instance to " + callee + where);
                    }
                }
                if (inHierarchy(testClass, call.owner)) {
                    ClassNode target = declaringClass(testClass, call.name, call.desc);
                    if (target != null) {
                        walk(testClass, target, find(target, call.name, call.desc), touches, visited, depth + 1);
                    }
                }
            } else if (insn instanceof InvokeDynamicInsnNode indy && indy.bsmArgs.length > 1
                    && indy.bsmArgs[1] instanceof Handle lambda && lambda.getOwner().equals(declaring.name)) {
                walk(testClass, declaring, find(declaring, lambda.getName(), lambda.getDesc()), touches, visited, depth + 1);
            }
        }
    }

    /** A static accessor javac writes for an inner class (access$000(Outer)) has the instance in slot 0. */
    private boolean takesTestInstanceFirst(ClassNode testClass, MethodNode method) {
        Type[] parameters = Type.getArgumentTypes(method.desc);
        return parameters.length > 0 && parameters[0].getSort() == Type.OBJECT
                && inHierarchy(testClass, parameters[0].getInternalName());
    }

    /** The value {@code depthFromTop} slots below the top of the operand stack. */
    private static SourceValue stack(Frame<SourceValue> frame, int depthFromTop) {
        return frame.getStack(frame.getStackSize() - 1 - depthFromTop);
    }

    private static boolean isThis(SourceValue value) {
        return value.insns.stream().anyMatch(
                insn -> insn instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD && load.var == 0);
    }

    /** "field x" or "static field X.y" when the value was read from a field of the test class. */
    private String sharedField(ClassNode testClass, SourceValue value) {
        for (AbstractInsnNode insn : value.insns) {
            if (insn instanceof FieldInsnNode field && inHierarchy(testClass, field.owner)) {
                if (insn.getOpcode() == Opcodes.GETFIELD) {
                    return "field " + field.name;
                }
                if (insn.getOpcode() == Opcodes.GETSTATIC) {
                    return "static field " + simple(field.owner) + "." + field.name
                            + (isFinal(field) ? " (final)" : "");
                }
            }
        }
        return null;
    }

    private static boolean isConstant(String field) {
        return field.endsWith("(final)");
    }

    private boolean isFinal(FieldInsnNode insn) {
        ClassNode owner = classes.get(insn.owner);
        if (owner == null) {
            return false;
        }
        for (FieldNode field : owner.fields) {
            if (field.name.equals(insn.name)) {
                return (field.access & Opcodes.ACC_FINAL) != 0;
            }
        }
        return false;
    }

    private boolean inHierarchy(ClassNode testClass, String owner) {
        for (ClassNode c = testClass; c != null; c = classes.get(c.superName)) {
            if (c.name.equals(owner)) {
                return true;
            }
        }
        return false;
    }

    private ClassNode declaringClass(ClassNode testClass, String name, String desc) {
        for (ClassNode c = testClass; c != null; c = classes.get(c.superName)) {
            if (find(c, name, desc) != null) {
                return c;
            }
        }
        return null;
    }

    private static MethodNode find(ClassNode c, String name, String desc) {
        return c.methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(desc)).findFirst().orElse(null);
    }

    private static boolean isTest(MethodNode method) {
        return method.visibleAnnotations != null
                && method.visibleAnnotations.stream().anyMatch(a -> TEST_ANNOTATIONS.contains(a.desc));
    }

    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
