package vn.trienkhai;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the test classes that share a Spring context one after another. The application layer runs in
 * one JVM with a context cache of one (Camunda keeps its engines in JVM-wide registries, so two live
 * contexts would share or unregister each other's engine): grouped, each context boots once.
 * Groups keep the order of their first class by name; classes without a Spring context come first. Within a
 * group, a class marked {@link FirstInItsContext} runs first, then the others by name.
 */
public class SharedContextOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Map<Class<?>, Object> contextKeys = new HashMap<>();
        Map<Object, String> firstClassOfContext = new HashMap<>();
        context.getClassDescriptors().stream()
                .map(ClassDescriptor::getTestClass)
                .sorted(Comparator.comparing(Class::getName))
                .forEach(testClass -> {
                    Object key = contextKey(testClass);
                    contextKeys.put(testClass, key);
                    firstClassOfContext.putIfAbsent(key, key instanceof String ? "" : testClass.getName());
                });
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> firstClassOfContext.get(contextKeys.get(descriptor.getTestClass())))
                .thenComparing(descriptor -> !descriptor.getTestClass().isAnnotationPresent(FirstInItsContext.class))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    /** Spring's own cache key (the merged configuration) for a class with a context, else the class name. */
    private static Object contextKey(Class<?> testClass) {
        MergedAnnotations annotations = MergedAnnotations.search(MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .from(testClass);
        if (!annotations.isPresent(BootstrapWith.class) && !annotations.isPresent(ContextConfiguration.class)) {
            return testClass.getName();
        }
        return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
    }
}
