package vn.trienkhai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contracts between features (docs/architecture.md), checked on the sources so that a change
 * that breaks one fails the build: the feature packages depend on each other without a cycle, SQL
 * names only its own feature's tables, and only one adapter reads the engine's internal
 * authentication.
 */
class ArchitectureTests {

    private static final Path MAIN = Path.of("src/main/java/vn/trienkhai");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Who owns each table the migrations create, as docs/architecture.md lists them. */
    private static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("shedlock", "system"),
            Map.entry("holiday_year", "holiday"), Map.entry("holiday_day", "holiday"),
            Map.entry("org_unit", "organisation"),
            Map.entry("directive", "plan"), Map.entry("plan", "plan"), Map.entry("plan_lead_unit", "plan"),
            Map.entry("plan_participant", "plan"), Map.entry("plan_metric", "plan"), Map.entry("plan_recipient", "plan"),
            Map.entry("plan_report_recipient", "plan"), Map.entry("plan_task", "plan"),
            Map.entry("plan_task_coordinator", "plan"),
            Map.entry("plan_draft", "drafting"),
            Map.entry("rollout", "rollout"), Map.entry("unit_stage_progress", "rollout"),
            Map.entry("plan_task_progress", "plantask"), Map.entry("plan_task_contribution", "plantask"),
            Map.entry("plan_task_state_report", "plantask"),
            Map.entry("reporting_round", "reporting"), Map.entry("unit_report", "reporting"),
            Map.entry("unit_report_figure", "reporting"), Map.entry("round_unit_total", "reporting"),
            Map.entry("round_total", "reporting"), Map.entry("round_decision", "reporting"),
            Map.entry("round_dispatch", "reporting"), Map.entry("report_document", "reporting"),
            Map.entry("notification_outbox", "notification"), Map.entry("deadline_extension", "notification"),
            Map.entry("login_throttle", "security"));

    /** Camunda's users, groups and memberships: read by security's {@code GroupMembers} only. */
    private static final String IDENTITY_TABLES = "act_id_";

    /** The work-variable contract: the one class that spells the work variables' names. */
    private static final String WORK_VARIABLES = "system/WorkVariables.java";
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "public\\s+static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"");
    /** A Spring Data query parameter named like a variable is no process variable. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("@Param\\(\"[^\"]*\"\\)");

    private static final String ENGINE_AUTHENTICATION = "org.camunda.bpm.engine.impl.identity.Authentication";
    private static final Set<String> AUTHENTICATION_READERS = Set.of("security/EngineAuthentication.java");

    private static final Pattern FEATURE_REFERENCE = Pattern.compile("\\bvn\\.trienkhai\\.([a-z]+)\\.");
    private static final Pattern SQL_TABLE = Pattern.compile(
            "(?i:\\b(?:from|join|into|update)\\s+)([a-z_][a-z0-9_]*)(?![A-Za-z0-9_])");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

    /** The features' sources by path under vn/trienkhai; the application class above them is no feature's. */
    private static final Map<String, String> SOURCES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(file -> file.toString().endsWith(".java") && file.getParent().startsWith(MAIN)
                    && !file.getParent().equals(MAIN)).forEach(file -> SOURCES.put(
                    MAIN.relativize(file).toString().replace('\\', '/'), content(file)));
        }
        assertThat(SOURCES).as("sources under " + MAIN).hasSizeGreaterThan(100);
    }

    @Test
    void theFeaturePackagesDependOnEachOtherWithoutACycle() {
        Map<String, Map<String, Set<String>>> graph = dependencies();

        assertThat(cycle(graph)).as("a cycle between feature packages, each step with the files that make it")
                .isEmpty();
    }

    @Test
    void systemAndDeadlineDependOnNoFeature() {
        Map<String, Map<String, Set<String>>> graph = dependencies();

        assertThat(graph.getOrDefault("deadline", Map.of())).as("deadline depends on").isEmpty();
        assertThat(graph.getOrDefault("system", Map.of()).keySet()).as("system depends on (deadline only)")
                .isSubsetOf("deadline");
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.forEach(file -> {
                Matcher table = CREATE_TABLE.matcher(content(file));
                while (table.find()) {
                    created.add(table.group(1).toLowerCase());
                }
            });
        }
        assertThat(created).hasSizeGreaterThan(20);
        assertThat(TABLE_OWNERS.keySet()).as("owners (docs/architecture.md) of the tables").containsAll(created);
    }

    @Test
    void sqlNamesOnlyTheTablesOfItsOwnFeature() {
        Map<String, Set<String>> foreign = new TreeMap<>();
        SOURCES.forEach((file, source) -> {
            String feature = feature(file);
            Set<String> tables = new TreeSet<>();
            for (String table : tablesIn(source)) {
                String owner = table.startsWith(IDENTITY_TABLES) ? "security" : TABLE_OWNERS.get(table);
                if (owner != null && !owner.equals(feature)) {
                    tables.add(table);
                }
            }
            if (!tables.isEmpty()) {
                foreign.put(file, tables);
            }
        });

        assertThat(foreign).as("files whose SQL names another feature's tables (ask the owner's query API instead)")
                .isEmpty();
    }

    @Test
    void onlyTheWorkVariableContractSpellsTheWorkVariablesNames() {
        Set<String> names = workVariableNames();
        assertThat(names).as("names in " + WORK_VARIABLES).contains("planId", "rolloutId", "unitCode");
        Map<String, Set<String>> spelled = new TreeMap<>();
        SOURCES.forEach((file, source) -> {
            if (!file.equals(WORK_VARIABLES)) {
                Set<String> found = new TreeSet<>(stringLiterals(QUERY_PARAMETER.matcher(source).replaceAll("")));
                found.retainAll(names);
                if (!found.isEmpty()) {
                    spelled.put(file, found);
                }
            }
        });

        assertThat(spelled).as("files spelling a work variable's name (use the constants of system.WorkVariables)")
                .isEmpty();
    }

    @Test
    void onlyTheAdapterReadsTheEnginesInternalAuthentication() {
        Set<String> readers = new TreeSet<>();
        SOURCES.forEach((file, source) -> {
            if (source.contains(ENGINE_AUTHENTICATION)) {
                readers.add(file);
            }
        });

        assertThat(readers).as("classes naming " + ENGINE_AUTHENTICATION + " (use security.EngineAuthentication)")
                .isEqualTo(AUTHENTICATION_READERS);
    }

    @Test
    void theScansSeeSqlInStringsOnlyAndFindACycle() {
        String source = """
                // read from plan first
                /* then join rollout */
                class X {
                    String sql = "select name from org_unit u " + "join plan_lead_unit l on l.unit_id = u.id";
                    String text = \"""
                            update plan_task_progress set status = ?\""";
                    String jpql = "select p from Plan p";
                    char quote = '"';
                    String message = "người dùng \\" from rollout";
                }
                """;
        assertThat(tablesIn(source)).containsExactlyInAnyOrder("org_unit", "plan_lead_unit", "plan_task_progress",
                "rollout");

        Map<String, Map<String, Set<String>>> graph = Map.of("a", Map.of("b", Set.of("A.java")),
                "b", Map.of("c", Set.of("B.java")), "c", Map.of("a", Set.of("C.java")));
        assertThat(cycle(graph)).containsExactly("a -> b (A.java)", "b -> c (B.java)", "c -> a (C.java)");
        assertThat(cycle(Map.of("a", Map.of("b", Set.of("A.java"))))).isEmpty();
    }

    private static Set<String> workVariableNames() {
        Set<String> names = new TreeSet<>();
        Matcher constant = STRING_CONSTANT.matcher(SOURCES.get(WORK_VARIABLES));
        while (constant.find()) {
            names.add(constant.group(1));
        }
        return names;
    }

    /** Feature package to the feature packages it names, each with the files that name it. */
    private static Map<String, Map<String, Set<String>>> dependencies() {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        SOURCES.forEach((file, source) -> {
            String feature = feature(file);
            Matcher reference = FEATURE_REFERENCE.matcher(source);
            while (reference.find()) {
                String other = reference.group(1);
                if (!other.equals(feature) && Files.isDirectory(MAIN.resolve(other))) {
                    graph.computeIfAbsent(feature, key -> new TreeMap<>())
                            .computeIfAbsent(other, key -> new TreeSet<>()).add(file);
                }
            }
        });
        return graph;
    }

    /** The first cycle found, as its steps; empty when there is none. */
    static List<String> cycle(Map<String, Map<String, Set<String>>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> path = cycleFrom(start, graph, new ArrayList<>(), done);
            if (!path.isEmpty()) {
                List<String> steps = new ArrayList<>();
                for (int i = 0; i < path.size() - 1; i++) {
                    steps.add(path.get(i) + " -> " + path.get(i + 1) + " "
                            + graph.get(path.get(i)).get(path.get(i + 1)).toString().replace('[', '(').replace(']', ')'));
                }
                return steps;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String node, Map<String, Map<String, Set<String>>> graph, List<String> path,
                                          Set<String> done) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Map.of()).keySet())) {
            List<String> cycle = cycleFrom(next, graph, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }

    /** The lower-case names after from, join, into and update in the file's string literals, read as one text. */
    static Set<String> tablesIn(String source) {
        Matcher table = SQL_TABLE.matcher(String.join(" ", stringLiterals(source)));
        Set<String> tables = new LinkedHashSet<>();
        while (table.find()) {
            tables.add(table.group(1));
        }
        return tables;
    }

    /** The contents of the string literals and text blocks of a Java source; comments are skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), source);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), source) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                String quote = String.valueOf(source.charAt(i));
                int close = closing(source, i + 1, quote);
                if (quote.equals("\"")) {
                    literals.add(source.substring(i + 1, close));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int end(int index, String source) {
        return index < 0 ? source.length() : index;
    }

    private static String feature(String file) {
        return file.substring(0, file.indexOf('/'));
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
