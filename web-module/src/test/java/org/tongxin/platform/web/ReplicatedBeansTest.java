package org.tongxin.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.ScheduleModel;
import org.primefaces.model.TreeNode;

/**
 * Every view-, session- and conversation-scoped bean of the web module can be replicated (issue 21, docs/cluster.md):
 * on a cluster the distributable session, with Faces' view state and these beans, is copied to the other node, and a
 * field whose type is not Serializable breaks that copy, so the person whose node dies loses the page. The test walks
 * the compiled classes under {@code org.tongxin}, and for each such bean checks the declared type of every field that is
 * neither static, transient nor injected ({@code @Inject}/{@code @EJB} fields hold Weld's serializable proxies): the
 * type, its generic type arguments (a {@code List<X>} needs X Serializable), and recursively the components of the
 * records and the fields of the project's classes it holds. {@code Optional} and {@code Object} are not accepted.
 */
class ReplicatedBeansTest {

    /** PrimeFaces' model interfaces whose implementations the pages use (LazyScheduleModel, DefaultTreeNode) are Serializable. */
    private static final Set<Class<?>> SERIALIZABLE_MODELS = Set.of(ScheduleModel.class, TreeNode.class);

    @Test
    void everyReplicatedBeanHoldsOnlySerializableTypes() throws Exception {
        List<Class<?>> beans = replicatedBeans();
        assertTrue(beans.size() > 10, "found only " + beans);
        Set<String> violations = new TreeSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                violations.add(bean.getName() + ": the bean is not Serializable");
            }
            for (Class<?> c = bean;
                    c != null
                            && Serializable.class.isAssignableFrom(c)
                            && c.getName().startsWith("org.tongxin.");
                    c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (skipped(f) || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)) {
                        continue;
                    }
                    check(f.getGenericType(), bean.getSimpleName() + "." + f.getName(), new HashSet<>(), violations);
                }
            }
        }
        assertTrue(
                violations.isEmpty(),
                violations.size() + " field(s) of replicated beans hold types that are not Serializable:\n"
                        + String.join("\n", violations));
    }

    private static boolean skipped(Field f) {
        int m = f.getModifiers();
        return Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic();
    }

    private static void check(Type type, String where, Set<Type> seen, Set<String> violations) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, seen, violations);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, seen, violations);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, seen, violations);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where, seen, violations);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                check(bound, where, seen, violations);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, where, seen, violations);
        }
    }

    private static void checkClass(Class<?> c, String where, Set<Type> seen, Set<String> violations) {
        if (c.isPrimitive()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), where, seen, violations);
            return;
        }
        boolean collection = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
        if (!(c.isInterface() && (collection || SERIALIZABLE_MODELS.contains(c)))
                && !Serializable.class.isAssignableFrom(c)) {
            violations.add(where + ": " + c.getName());
            return;
        }
        if (!c.getName().startsWith("org.tongxin.")) {
            return;
        }
        String inside = where + " > " + c.getSimpleName();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                check(rc.getGenericType(), inside + "." + rc.getName(), seen, violations);
            }
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("org.tongxin."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!skipped(f) && !k.isEnum()) {
                    check(f.getGenericType(), inside + "." + f.getName(), seen, violations);
                }
            }
        }
    }

    private static List<Class<?>> replicatedBeans() throws IOException, URISyntaxException {
        ClassLoader loader = ReplicatedBeansTest.class.getClassLoader();
        List<Class<?>> beans = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources("org/tongxin"))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            Path packageDir = Path.of(url.toURI());
            Path root = packageDir.getParent().getParent();
            try (Stream<Path> files = Files.walk(packageDir)) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), ".");
                    Class<?> c;
                    try {
                        c = Class.forName(name.substring(0, name.length() - ".class".length()), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        continue;
                    }
                    if (c.isAnnotationPresent(ViewScoped.class)
                            || c.isAnnotationPresent(SessionScoped.class)
                            || c.isAnnotationPresent(ConversationScoped.class)) {
                        beans.add(c);
                    }
                }
            }
        }
        return beans;
    }
}
