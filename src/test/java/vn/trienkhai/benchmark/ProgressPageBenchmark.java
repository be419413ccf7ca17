package vn.trienkhai.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.rollout.RolloutService;

/**
 * The Cockpit plugin's plan page ({@code #/trienkhai/plan/{id}}, {@code plan-view.js}) over a plan of
 * {@code -Dbenchmark.wards} × {@code -Dbenchmark.groups} residential groups (default 100 × 100 = 10,000 units), on a
 * fresh embedded PostgreSQL with default durability and the whole application with its job executor on.
 *
 * <p>The plan is rolled out as in production: a two-level cascade to the wards, each ward walked through its stages
 * to its approval, then the cascade to the residential groups ({@link RolloutRuns#cascade}), until every group has
 * its open study task. A plan of {@code -Dbenchmark.smallUnits} (default 100) flat units is rolled out the same way
 * in the same database. The residential groups' and the small plan's study records are then given a mix of states by
 * one SQL update per state, writing the columns {@code UnitStageProgress.complete} and {@code open} write: 40 % done
 * on time, 20 % done late, 20 % open and overdue, 20 % open within the deadline (their engine tasks stay open).
 *
 * <p>Measured over HTTP, as the browser loads the page, by the city's manager (a member of the plan's issuing and
 * lead unit) logged in to Cockpit, on its webapp session as the plugin's {@code api.js} calls {@code /api}: the
 * three GETs the page makes at once when it opens ({@code /api/plans/{id}/progress}, {@code /tasks},
 * {@code /next-steps}), the page load being the time until the last has answered, for the large plan and the small
 * plan; opening one ward of the large plan (its {@code /progress/units/{code}/children}, the call the page makes
 * when the manager opens it); the first page of the large plan's whole ranking ({@code /progress/ranking}, 50 lines,
 * the call the page makes on "Xem toàn bộ xếp hạng"); {@code /api/me} (the baseline: the same security filters and
 * JSON, no plan); and the Cockpit dashboard's {@code /api/monitoring/plans}. Before timing, each plan's first answer must hold its own
 * units, each with its link to its unit-implementation instance, each ward counting its residential groups, the
 * plan's totals every progress record, its ranking (of which the answer carries at most 20 lines, the head) every
 * unit, and the ranking's first page 50 lines of the same total; the opened ward's answer must hold its groups,
 * each with its link; or the run fails. Warm-up
 * ({@code -Dbenchmark.warmUp}, default 10), then {@code -Dbenchmark.loads} (default 100) of each, interleaved. Not
 * a test: run it as a main class
 * (docs/benchmarks.md, "Cockpit plan page (10,000 units)").
 */
public final class ProgressPageBenchmark {

    private static final double TARGET_MS = 200;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PASSWORD = "benchmark-manager";
    private static final Duration CALL_LIMIT = Duration.ofSeconds(60);
    /** The page of the ranking the plugin asks for ("Xem toàn bộ xếp hạng"). */
    private static final int RANKING_PAGE = 50;

    private ProgressPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int wards = Integer.getInteger("benchmark.wards", 100);
        int groups = Integer.getInteger("benchmark.groups", 100);
        int smallUnits = Integer.getInteger("benchmark.smallUnits", 100);
        int warmUp = Integer.getInteger("benchmark.warmUp", 10);
        int loads = Integer.getInteger("benchmark.loads", 100);
        try (BenchmarkDatabase database = BenchmarkDatabase.start();
             ConfigurableApplicationContext context = application(database)) {
            progress("database: %s", String.join(", ", database.settings()));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            SyntheticData data = new SyntheticData(context.getBean(UnitTreeImporter.class),
                    context.getBean(PlanImporter.class));
            long started = System.nanoTime();
            data.importFlatUnits(smallUnits);
            data.importWards(wards, groups);
            progress("%,d units imported in %.0f s", smallUnits + wards + wards * groups, seconds(started));
            RolloutRuns rollouts = new RolloutRuns(engine, context.getBean(RolloutService.class), data,
                    new TaskWait(engine.getTaskService(), Duration.ofMinutes(15)), LocalDate.now(ZONE));
            started = System.nanoTime();
            rollouts.cascade(wards, groups);
            long largePlan = rollouts.lastPlanId();
            progress("plan %d rolled out to %,d residential groups in %.0f s", largePlan, wards * groups,
                    seconds(started));
            rollouts.oneLevel(smallUnits);
            long smallPlan = rollouts.lastPlanId();
            progress("plan %d rolled out to %d flat units", smallPlan, smallUnits);
            mixStates(jdbc, largePlan);
            mixStates(jdbc, smallPlan);
            jdbc.execute("analyze");
            String manager = manager(engine.getIdentityService());
            Client client = new Client(((WebServerApplicationContext) context).getWebServer().getPort(), manager);
            String ward = check(client, largePlan, wards, groups, jdbc);
            check(client, smallPlan, smallUnits, 0, jdbc);
            String opening = "/api/plans/" + largePlan + "/progress/units/" + ward + "/children";
            checkOpening(client, opening, groups);
            Work smallPage = new Work(String.format(Locale.ROOT, "plan page, %,d units", smallUnits),
                    client.page(smallPlan));
            Work me = new Work("/api/me (baseline)", List.of("/api/me"));
            List<Work> works = List.of(
                    new Work(String.format(Locale.ROOT, "plan page, %,d units", wards * groups), client.page(largePlan)),
                    new Work(String.format(Locale.ROOT, "opening a ward (%d groups)", groups), List.of(opening)),
                    new Work(String.format(Locale.ROOT, "the ranking's first page (%d of %,d units)", RANKING_PAGE,
                            wards + wards * groups), List.of(rankingPage(largePlan))),
                    smallPage, me,
                    new Work("dashboard /api/monitoring/plans", List.of("/api/monitoring/plans")));
            for (int i = 0; i < warmUp; i++) {
                works.forEach(work -> work.load(client));
            }
            works.forEach(Work::reset);
            for (int i = 0; i < loads; i++) {
                works.forEach(work -> work.load(client));
            }
            report(works, smallPage, me, loads, warmUp);
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext application(BenchmarkDatabase database) {
        return new SpringApplicationBuilder(TrienkhaiApplication.class)
                .profiles("benchmark")
                .run("--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--trienkhai.embedded-postgres.enabled=false",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.admin-user.id=admin",
                        "--camunda.bpm.admin-user.password=benchmark-admin",
                        "--server.port=0",
                        "--logging.file.name=target/benchmark/progress-application.log",
                        "--logging.pattern.console=");
    }

    /**
     * The study records still open (the residential groups' in the cascade, every unit's in the small plan) get the
     * states a completion or a late task leaves, by the unit's id: 0–3 done on time, 4–5 done late, 6–7 overdue.
     */
    private static void mixStates(JdbcTemplate jdbc, long planId) {
        String open = " where stage = 'STUDY' and status = 'OPEN' and rollout_id in"
                + " (select id from rollout where plan_id = ?) and unit_id % 10 ";
        int onTime = jdbc.update("update unit_stage_progress set status = 'DONE', completed_at = due_at - interval"
                + " '2 days', completed_by = 'benchmark', on_time = true" + open + "< 4", planId);
        int late = jdbc.update("update unit_stage_progress set status = 'DONE', completed_at = due_at + interval"
                + " '3 days', completed_by = 'benchmark', on_time = false" + open + "in (4, 5)", planId);
        int overdue = jdbc.update("update unit_stage_progress set due_at = now() - interval '5 days'" + open
                + "in (6, 7)", planId);
        Map<String, Object> counts = jdbc.queryForMap("select count(*) as rows, count(*) filter (where status ="
                + " 'DONE') as done from unit_stage_progress where rollout_id in (select id from rollout where"
                + " plan_id = ?)", planId);
        progress("plan %d: study records done on time %,d, done late %,d, overdue %,d; %s progress rows in all",
                planId, onTime, late, overdue, counts);
    }

    /** A manager of the city, the plans' issuing and lead unit, provisioned as the application provisions one. */
    private static String manager(IdentityService identity) {
        String id = "bm-ubnd.quanly";
        org.camunda.bpm.engine.identity.User user = identity.newUser(id);
        user.setFirstName("Quản lý");
        user.setLastName("Thử tải");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, OrganisationUnit.groupIdFor(SyntheticData.CITY));
        return id;
    }

    /**
     * Fails unless the first answer holds the plan's own units, each with its instance link and (with
     * {@code groups}) its cascade's count, totals counting every progress record and a ranking of every unit;
     * returns the code of a ward in the middle of the list, to open.
     */
    private static String check(Client client, long planId, int units, int groups, JdbcTemplate jdbc)
            throws Exception {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String path : client.page(planId)) {
            sizes.put(path, client.get(path).body().length);
        }
        JsonNode progress = new ObjectMapper().readTree(client.get("/api/plans/" + planId + "/progress").body());
        JsonNode shown = progress.path("units");
        long rows = jdbc.queryForObject("select count(*) from unit_stage_progress where rollout_id in (select id from"
                + " rollout where plan_id = ?)", Long.class, planId);
        long counted = 0;
        for (JsonNode count : progress.path("totals")) {
            counted += count.asLong();
        }
        int linked = 0;
        int cascading = 0;
        for (JsonNode unit : shown) {
            linked += unit.path("processInstanceId").asText("").isEmpty() ? 0 : 1;
            cascading += unit.path("cascadedUnits").asInt() == groups ? 1 : 0;
        }
        JsonNode head = progress.path("ranking");
        int ranked = head.path("total").asInt();
        int headLines = head.path("best").size() + head.path("lagging").size();
        JsonNode firstPage = new ObjectMapper().readTree(client.get(rankingPage(planId)).body());
        if (shown.size() != units || linked != units || cascading != units || counted != rows
                || ranked < units + units * groups || headLines > 20 || firstPage.path("total").asInt() != ranked
                || firstPage.path("lines").size() != Math.min(RANKING_PAGE, ranked)) {
            throw new IllegalStateException("Plan " + planId + ": the page shows " + shown.size() + " units, " + linked
                    + " of them with their instance link, " + cascading + " with " + groups + " cascaded units;"
                    + " its totals count " + counted + " of " + rows + " records, its ranking " + ranked
                    + " units with " + headLines + " in its head, its first page " + firstPage.path("lines").size()
                    + " of " + firstPage.path("total").asInt() + "; expected " + units + " units");
        }
        progress("plan %d: %,d units on the page, each with its instance link, totals %s over %,d progress rows,"
                + " %,d units ranked, %d in the answer's head, the ranking's first page %d lines; answer sizes (bytes)"
                + " %s", planId, shown.size(), progress.path("totals"), rows, ranked, headLines,
                firstPage.path("lines").size(), sizes);
        return shown.get(shown.size() / 2).path("unitCode").asText();
    }

    private static String rankingPage(long planId) {
        return "/api/plans/" + planId + "/progress/ranking?offset=0&limit=" + RANKING_PAGE;
    }

    /** Fails unless opening the ward gives its residential groups, each with its instance link. */
    private static void checkOpening(Client client, String path, int groups) throws Exception {
        byte[] body = client.get(path).body();
        JsonNode children = new ObjectMapper().readTree(body);
        int linked = 0;
        for (JsonNode unit : children) {
            linked += unit.path("processInstanceId").asText("").isEmpty() ? 0 : 1;
        }
        if (children.size() != groups || linked != groups) {
            throw new IllegalStateException(path + " gives " + children.size() + " units, " + linked
                    + " of them with their instance link; expected " + groups);
        }
        progress("%s: %d units, each with its instance link; %,d bytes", path, children.size(), body.length);
    }

    /** The calls one page load makes at once, and their timings. */
    private static final class Work {

        private final String name;
        private final List<String> paths;
        private Timings load = new Timings();
        private Map<String, Timings> calls = new LinkedHashMap<>();

        Work(String name, List<String> paths) {
            this.name = name;
            this.paths = paths;
            reset();
        }

        void reset() {
            load = new Timings();
            calls = new LinkedHashMap<>();
            paths.forEach(path -> calls.put(path, new Timings()));
        }

        void load(Client client) {
            long started = System.nanoTime();
            List<CompletableFuture<Double>> answers = paths.stream().map(path -> client.async(path, started)).toList();
            for (int i = 0; i < paths.size(); i++) {
                calls.get(paths.get(i)).add(answers.get(i).join());
            }
            load.add((System.nanoTime() - started) / 1e6);
        }
    }

    /**
     * HTTP to the running application as the browser does it: logged in to Cockpit (the webapp session the plugin's
     * {@code api.js} calls {@code /api} with, same origin), sending the session's CSRF token.
     */
    private static final class Client {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_LIMIT).cookieHandler(cookies)
                .build();
        private final String root;
        private final String token;

        Client(int port, String user) throws Exception {
            this.root = "http://localhost:" + port;
            http.send(HttpRequest.newBuilder(URI.create(root + "/camunda/app/cockpit/default/")).timeout(CALL_LIMIT)
                    .build(), HttpResponse.BodyHandlers.discarding());
            String cookieToken = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie from Cockpit"));
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                            URI.create(root + "/camunda/api/admin/auth/user/default/login/cockpit"))
                    .timeout(CALL_LIMIT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", cookieToken)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("Cockpit login of " + user + " answered " + login.statusCode() + ": "
                        + login.body());
            }
            HttpResponse<String> auth = http.send(HttpRequest.newBuilder(
                    URI.create(root + "/camunda/api/admin/auth/user/default")).timeout(CALL_LIMIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            this.token = auth.headers().firstValue("X-XSRF-TOKEN").orElse(cookieToken);
        }

        /** The calls of {@code plan-view.js}'s {@code renderPlan}, in its order. */
        List<String> page(long planId) {
            return List.of("/api/plans/" + planId + "/progress", "/api/plans/" + planId + "/tasks",
                    "/api/plans/" + planId + "/next-steps");
        }

        HttpResponse<byte[]> get(String path) throws Exception {
            return checked(path, http.send(request(path), HttpResponse.BodyHandlers.ofByteArray()));
        }

        /** Milliseconds from {@code started} until the whole answer to {@code path} was read. */
        CompletableFuture<Double> async(String path, long started) {
            return http.sendAsync(request(path), HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> {
                        checked(path, response);
                        return (System.nanoTime() - started) / 1e6;
                    });
        }

        private HttpRequest request(String path) {
            return HttpRequest.newBuilder(URI.create(root + path)).timeout(CALL_LIMIT)
                    .header("Accept", "application/json").header("X-XSRF-TOKEN", token).GET().build();
        }

        private static HttpResponse<byte[]> checked(String path, HttpResponse<byte[]> response) {
            if (response.statusCode() != 200) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + body.substring(0, Math.min(400, body.length())));
            }
            return response;
        }
    }

    private static void report(List<Work> works, Work smallPage, Work meCall, int loads, int warmUp) {
        Timings baseline = smallPage.load;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d loads each after %d warm-up loads, interleaved; a page load is its"
                + " calls sent at once, until the last answer", loads, warmUp));
        lines.add("| work | call | min ms | median ms | p95 ms | max ms | p95 / 100-unit page p95 | p95 / /api/me p95 |");
        lines.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        Timings me = meCall.load;
        for (Work work : works) {
            lines.add(row(work.name, "page load", work.load, baseline, me));
            if (work.paths.size() > 1) {
                work.calls.forEach((path, timings) -> lines.add(row(work.name, path.replaceAll("/api/plans/\\d+",
                        "…"), timings, baseline, me)));
            }
        }
        for (Work work : works.subList(0, 2)) {
            double p95 = work.load.p95();
            lines.add(String.format(Locale.ROOT, "Target: p95 ≤ %.0f ms for the %s: %s (%.1f ms)", TARGET_MS,
                    work.name, p95 <= TARGET_MS ? "MET" : "MISSED", p95));
        }
        lines.forEach(System.out::println);
    }

    private static String row(String work, String call, Timings timings, Timings page, Timings me) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× |", work, call,
                timings.min(), timings.median(), timings.p95(), timings.max(), timings.p95() / page.p95(),
                timings.p95() / me.p95());
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void progress(String format, Object... arguments) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, arguments));
    }
}
