package vn.trienkhai;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that reads the state its shared context starts with (the demo as it was loaded, the start-up's
 * readiness, the demo plan before the browser journeys play it): {@link SharedContextOrder} runs it before the
 * other classes of its context, which change that state.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FirstInItsContext {
}
