package vn.trienkhai.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;

/**
 * The officer's Tasklist page over {@code -Dbenchmark.tasks} open tasks (default 100,000) spread round-robin over
 * {@code -Dbenchmark.units} unit groups (default 1,000), on the embedded PostgreSQL (profile test, job executor off).
 *
 * <p>The units are imported as the application imports them (each gets its Camunda group and Tasklist access). The
 * tasks come from a one-task process deployed here, whose user task has the unit group (the business key) as its
 * candidate group: the engine, with the application's authorization provider, writes each task's identity link and
 * the group's GRANT authorization on the task, the rows a rollout's unit task gets. Instances are started
 * {@code -Dbenchmark.batch} (default 1,000) per transaction; the creation time is printed apart. Due dates are then
 * spread over 90 days in one SQL update, since the page is sorted by due date.
 *
 * <p>Measured: an officer who is a member of one unit group opens the shared filter "Việc của đơn vị"
 * ({@code TasklistFilters}: candidate groups of the current user, assigned tasks included, by due date) as
 * Tasklist does: {@code filterService.listPage(id, 0, 15)} then {@code filterService.count(id)}, authenticated,
 * with authorization checks on; and the same calls with the engine's authorization checks off, the baseline.
 * Warm-up ({@code -Dbenchmark.warmUp}, default 100), then {@code -Dbenchmark.repetitions} (default 300) alternating
 * page loads each, three times: with Camunda's own indexes on ACT_RU_AUTHORIZATION and its own authorization
 * manager (the application's {@code trienkhai_idx_auth_user_id} dropped), then with the index created again, then
 * also with the application's group-scoped authorization manager ({@code AuthorizedGroupsLookup}). {@code -Dbenchmark.explain=true} prints
 * EXPLAIN ANALYZE of the page's list statement in both states. Not a test: run it as a main class
 * (docs/benchmarks.md).
 */
public final class TaskPageBenchmark {

    private static final String PROCESS = "benchmarkUnitTask";
    private static final int PAGE = 15;
    private static final double TARGET_MS = 15;
    private static final double TARGET_RATIO = 2;
    /** The index {@code vn.trienkhai.security.AuthorizationIndexes} creates at start-up. */
    private static final String USER_INDEX = "trienkhai_idx_auth_user_id";

    private TaskPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = Integer.getInteger("benchmark.tasks", 100_000);
        int units = Integer.getInteger("benchmark.units", 1_000);
        int batch = Integer.getInteger("benchmark.batch", 1_000);
        int warmUp = Integer.getInteger("benchmark.warmUp", 100);
        int repetitions = Integer.getInteger("benchmark.repetitions", 300);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrienkhaiApplication.class)
                .profiles("test").properties("server.port=0").run()) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<String> groups = units(context, jdbc, units);
            String officer = officer(engine.getIdentityService(), groups.get(groups.size() / 2));
            long started = System.nanoTime();
            create(engine, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), groups, tasks,
                    batch);
            double creation = (System.nanoTime() - started) / 1e9;
            jdbc.update("update act_ru_task set due_date_ = timestamp '2026-12-01' + (abs(hashtext(id_)) % 90)"
                    + " * interval '1 day'");
            jdbc.execute("analyze");
            long authorizations = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);
            long openTasks = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
            progress("%,d open tasks over %,d unit groups created in %.0f s (%.2f ms per task); %,d authorization rows",
                    openTasks, groups.size(), creation, creation * 1000 / tasks, authorizations);

            Page page = new Page(engine, officer, groups.get(groups.size() / 2));
            progress("officer %s, member of %s: the page shows %d of %d tasks (authorization on), %d of %d (off)",
                    officer, page.groups, page.load(true).size(), page.count(true), page.load(false).size(),
                    page.count(false));
            boolean explain = Boolean.getBoolean("benchmark.explain");
            AuthorizationManagers managers = new AuthorizationManagers(engine);
            managers.useEngines();
            jdbc.execute("drop index if exists " + USER_INDEX);
            jdbc.execute("analyze act_ru_authorization");
            Timings[] engineOnly = measure(page, warmUp, repetitions);
            String planBefore = explain ? explain(jdbc, officer, page.groups) : "";
            jdbc.execute("create index if not exists " + USER_INDEX + " on act_ru_authorization (user_id_)");
            jdbc.execute("analyze act_ru_authorization");
            Timings[] withIndex = measure(page, warmUp, repetitions);
            String planAfter = explain ? explain(jdbc, officer, page.groups) : "";
            managers.useApplications();
            Timings[] withBoth = measure(page, warmUp, repetitions);
            report(tasks, groups.size(), creation, List.of(new Pass("engine's only", engineOnly),
                    new Pass("+ " + USER_INDEX, withIndex), new Pass("+ " + USER_INDEX + " + scoped group lookup",
                    withBoth)));
            if (explain) {
                System.out.println("The page's list statement, engine's indexes only:\n" + planBefore);
                System.out.println("With " + USER_INDEX + ":\n" + planAfter);
            }
        }
    }

    /** {@code [authorization on, off, the list call of on, of off]} page loads, alternating, after a warm-up. */
    private static Timings[] measure(Page page, int warmUp, int repetitions) {
        for (int i = 0; i < warmUp; i++) {
            page.time(true);
            page.time(false);
        }
        Timings on = new Timings();
        Timings off = new Timings();
        Timings onList = new Timings();
        Timings offList = new Timings();
        for (int i = 0; i < repetitions; i++) {
            on.add(page.time(true));
            onList.add(page.lastList);
            off.add(page.time(false));
            offList.add(page.lastList);
        }
        return new Timings[] {on, off, onList, offList};
    }

    /**
     * EXPLAIN ANALYZE of the page's list statement with authorization on, as Camunda 7.24 sends it for a user in one
     * group (the text logged by {@code TaskEntity.selectTaskByQueryCriteria} at DEBUG, parameters bound here).
     */
    private static String explain(JdbcTemplate jdbc, String user, List<String> groups) {
        String group = groups.get(0);
        String from = " from ACT_RU_TASK RES"
                + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"
                + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
                + " left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')"
                + " OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2"
                + " OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH"
                + " ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))"
                + " WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )"
                + " and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"
                + " and (RES.TENANT_ID_ is null )";
        String count = "explain (analyze, buffers) SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_" + from
                + " ) countDistinct";
        String countPlan = String.join("\n", jdbc.queryForList(count, String.class, user, group, group));
        String sql = "explain (analyze, buffers) select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_,"
                + " RES.DESCRIPTION_, RES.PRIORITY_, RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_,"
                + " RES.EXECUTION_ID_, RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,"
                + " RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_,"
                + " RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_ from ACT_RU_TASK RES"
                + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"
                + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
                + " left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')"
                + " OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2"
                + " OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH"
                + " ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))"
                + " WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) )"
                + " and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"
                + " and (RES.TENANT_ID_ is null ) order by RES.DUE_DATE_ asc LIMIT 15 OFFSET 0";
        return String.join("\n", jdbc.queryForList(sql, String.class, user, group, group))
                + "\nThe page's count statement:\n" + countPlan;
    }

    /** {@code count} flat units imported as the application imports them; their Camunda group ids. */
    private static List<String> units(ConfigurableApplicationContext context, JdbcTemplate jdbc, int count) {
        long started = System.nanoTime();
        new SyntheticData(context.getBean(UnitTreeImporter.class), context.getBean(PlanImporter.class))
                .importFlatUnits(count);
        List<String> groups = jdbc.queryForList("select camunda_group_id from org_unit where code like 'BM-F%'"
                + " order by code", String.class);
        progress("%,d units imported in %.0f s", groups.size(), (System.nanoTime() - started) / 1e9);
        return groups;
    }

    /** An officer of one unit, provisioned as the application provisions one. */
    private static String officer(IdentityService identity, String group) {
        String id = group + ".canbo";
        org.camunda.bpm.engine.identity.User user = identity.newUser(id);
        user.setFirstName("Cán bộ");
        user.setLastName("Thử tải");
        user.setPassword("benchmark");
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    private static void create(ProcessEngine engine, TransactionTemplate transaction, List<String> groups, int tasks,
                               int batch) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("unitTask").name("Việc của đơn vị (thử tải)")
                    .camundaCandidateGroups("${execution.processBusinessKey}")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().name("task-page-benchmark")
                .addModelInstance(PROCESS + ".bpmn", model).deploy();
        RuntimeService runtime = engine.getRuntimeService();
        for (int from = 0; from < tasks; from += batch) {
            int first = from;
            int last = Math.min(tasks, from + batch);
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < last; i++) {
                    runtime.startProcessInstanceByKey(PROCESS, groups.get(i % groups.size()));
                }
            });
            if (last % 10_000 == 0 || last == tasks) {
                progress("%,d tasks", last);
            }
        }
    }

    /**
     * Switches the engine between its own authorization manager and the application's group-scoped one
     * ({@code vn.trienkhai.security.AuthorizedGroupsLookup}), so that both are measured in one run.
     */
    private static final class AuthorizationManagers {

        private final java.util.Map<Class<?>, org.camunda.bpm.engine.impl.interceptor.SessionFactory> factories;
        private final org.camunda.bpm.engine.impl.interceptor.SessionFactory applications;

        AuthorizationManagers(ProcessEngine engine) {
            this.factories = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getSessionFactories();
            this.applications = factories.get(AuthorizationManager.class);
        }

        void useEngines() {
            factories.put(AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
        }

        void useApplications() {
            factories.put(AuthorizationManager.class, applications);
        }
    }

    /** The officer's page: the shared unit-tasks filter's first page and count, as Tasklist asks for them. */
    private static final class Page {

        private final ProcessEngineConfigurationImpl configuration;
        private final FilterService filters;
        private final IdentityService identity;
        private final String user;
        private final List<String> groups;
        private final String filterId;

        Page(ProcessEngine engine, String user, String group) {
            this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            this.filters = engine.getFilterService();
            this.identity = engine.getIdentityService();
            this.user = user;
            this.groups = identity.createGroupQuery().groupMember(user).list().stream()
                    .map(org.camunda.bpm.engine.identity.Group::getId).toList();
            this.filterId = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
            if (!groups.contains(group)) {
                throw new IllegalStateException(user + " is not in " + group);
            }
        }

        List<?> load(boolean authorization) {
            return as(authorization, () -> filters.listPage(filterId, 0, PAGE));
        }

        long count(boolean authorization) {
            return as(authorization, () -> filters.count(filterId));
        }

        /** Milliseconds of the last {@link #time} spent in the list call. */
        double lastList;

        /** One page load (list and count) in milliseconds. */
        double time(boolean authorization) {
            return as(authorization, () -> {
                long started = System.nanoTime();
                List<?> tasks = filters.listPage(filterId, 0, PAGE);
                lastList = (System.nanoTime() - started) / 1e6;
                long count = filters.count(filterId);
                double millis = (System.nanoTime() - started) / 1e6;
                if (tasks.size() != Math.min(PAGE, count)) {
                    throw new IllegalStateException(tasks.size() + " tasks on a page of " + count);
                }
                return millis;
            });
        }

        private <T> T as(boolean authorization, Supplier<T> work) {
            boolean before = configuration.isAuthorizationEnabled();
            identity.setAuthentication(user, groups);
            configuration.setAuthorizationEnabled(authorization);
            try {
                return work.get();
            } finally {
                configuration.setAuthorizationEnabled(before);
                identity.clearAuthentication();
            }
        }
    }

    private record Pass(String name, Timings[] timings) {
    }

    private static void report(int tasks, int units, double creation, List<Pass> passes) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d open tasks, %,d unit groups, creation %.0f s; %d page loads each"
                + " (listPage(0, %d) + count), authorization on and off alternating", tasks, units, creation,
                passes.get(0).timings()[0].size(), PAGE));
        lines.add("| pass | page load | min ms | median ms | p95 ms | max ms"
                + " | p95 / baseline p95 | median / baseline median |");
        lines.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        passes.forEach(pass -> lines.addAll(rows(pass.name(), pass.timings())));
        passes.forEach(pass -> lines.add(split(pass.name(), pass.timings())));
        passes.forEach(pass -> lines.add(verdict(pass.name(), pass.timings())));
        lines.forEach(System.out::println);
    }

    private static List<String> rows(String indexes, Timings[] onOff) {
        return List.of(row(indexes, "authorization off (baseline)", onOff[1], onOff[1]),
                row(indexes, "authorization on", onOff[0], onOff[1]));
    }

    private static String split(String indexes, Timings[] timings) {
        return String.format(Locale.ROOT, "%s: list call alone median / p95 %.1f / %.1f ms on, %.1f / %.1f ms off;"
                + " the rest of a load is the count call", indexes, timings[2].median(), timings[2].p95(),
                timings[3].median(), timings[3].p95());
    }

    private static String verdict(String pass, Timings[] onOff) {
        double p95 = onOff[0].p95();
        double ratio = p95 / onOff[1].p95();
        return String.format(Locale.ROOT, "%s: target p95 ≤ %.0f ms with authorization on %s (%.1f ms);"
                + " target ≤ %.0f× the baseline p95 %s (%.2f×)", pass, TARGET_MS, p95 <= TARGET_MS ? "MET" : "MISSED",
                p95, TARGET_RATIO, ratio <= TARGET_RATIO ? "MET" : "MISSED", ratio);
    }

    private static String row(String indexes, String name, Timings timings, Timings baseline) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× |", indexes, name,
                timings.min(), timings.median(), timings.p95(), timings.max(), timings.p95() / baseline.p95(),
                timings.median() / baseline.median());
    }

    private static void progress(String format, Object... arguments) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, arguments));
    }
}
