package vn.trienkhai;

/**
 * The third layer of the suite: tests that run the whole application (a Spring Boot context with
 * the engine, the webapps and PostgreSQL, or the application in a child JVM). Tagged so that Maven
 * runs them in a JVM per class, apart from the unit and model tests, which share one JVM.
 */
public final class ApplicationTests {

    /** The JUnit tag of the layer, set on the shared test annotations and base classes. */
    public static final String LAYER = "application";

    /**
     * The browser journeys: part of the application layer (they share the monitoring tests' context); the tag
     * lets {@link LayerTiming} print their share of its time.
     */
    public static final String BROWSER = "browser";

    private ApplicationTests() {
    }
}
