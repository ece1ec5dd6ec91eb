package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the console keeps in a staff member's session (its view- and session-scoped beans, and
 * everything they hold) must serialize: in a cluster the session moves to another instance with
 * it, and a field that cannot be written loses the member's work when their instance stops.
 */
class SessionStateTest {

    @Test
    void everythingAConsoleBeanKeepsInTheSessionSerializes() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertThat(beans).as("the console's view- and session-scoped beans").hasSizeGreaterThan(5);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertThat(problems).as("fields kept in a session whose type cannot be serialized").isEmpty();
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!type.isInterface() && !type.isPrimitive() && !type.isArray() && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName());
            return;
        }
        if (!type.getName().startsWith("vn.govportal.")) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("vn.govportal."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                // Injected beans are passivation-capable proxies, which the container itself checks.
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                for (Class<?> held : classesIn(field.getGenericType())) {
                    check(held, path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        if (type instanceof Class<?> c) {
            classes.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            classes.addAll(classesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                classes.addAll(classesIn(argument));
            }
        } else if (type instanceof GenericArrayType a) {
            classes.addAll(classesIn(a.getGenericComponentType()));
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                classes.addAll(classesIn(bound));
            }
        }
        return classes;
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("vn/govportal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(org.omnifaces.cdi.ViewScoped.class)
                        || c.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
                        || c.isAnnotationPresent(jakarta.enterprise.context.SessionScoped.class)
                        || c.isAnnotationPresent(jakarta.enterprise.context.ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
