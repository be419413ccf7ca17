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
     * The browser journeys, in a JVM of their own: Tasklist and Cockpit keep static state from the first
     * context that served a page, so theirs must be that first one.
     */
    public static final String BROWSER = "browser";

    private ApplicationTests() {
    }
}
