package vn.trienkhai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.trienkhai.DemoApplicationTest;
import vn.trienkhai.FirstInItsContext;
import vn.trienkhai.StartUpReadiness;
import vn.trienkhai.plantask.PlanTaskQueries;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.plantask.PlanTaskView;

/** The demo as loaded at start-up: it runs first in the demo context, before other classes change the demo's work. */
@DemoApplicationTest
@FirstInItsContext
class DemoDataTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    PlanTaskQueries planTasks;

    @Test
    void readyOnlyOnceTheStartUpWorkIsDoneAndAliveThroughout() throws Exception {
        assertThat(StartUpReadiness.DURING_LAST_RUNNER.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);

        HttpClient http = HttpClient.newHttpClient();
        for (String probe : new String[] {"readiness", "liveness"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health/" + probe)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"UP\"");
        }
    }

    @Test
    void theSeedPlansAndTheirUnitsAreLoaded() {
        assertThat(jdbc.queryForList("select number from directive", String.class)).contains("08-CT/TU", "23-CT/TW");
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_participant pp join plan p on p.id = pp.plan_id
                join org_unit u on u.id = p.issuing_unit_id
                where u.code = 'AQ-UBND' and p.summary like 'Triển khai thực hiện Chỉ thị số 08-CT/TU%'""", Integer.class))
                .isEqualTo(22);
        assertThat(jdbc.queryForObject("select layout from plan p join org_unit u on u.id = p.issuing_unit_id "
                + "where u.code = 'HP-TU'", String.class)).isEqualTo("PARTY");
        assertThat(jdbc.queryForObject("select name from org_unit where code = 'AQ-TDP12'", String.class))
                .isEqualTo("Tổ dân phố số 12");
        assertThat(jdbc.queryForObject("select count(*) from org_unit where head_email not like '%.example'",
                Integer.class)).isZero();
    }

    @Test
    void everyUnitHasAGroupAnOfficerAndAHead() {
        assertThat(identityService.createGroupQuery().groupId("aq-tdp01").singleResult().getName())
                .isEqualTo("Tổ dân phố số 1");
        assertThat(identityService.checkPassword("aq-tdp01.canbo", DemoUsers.PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().userId("aq-pktht.truong").singleResult().getLastName())
                .isEqualTo("Phạm Minh");
        int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        assertThat(identityService.createGroupQuery().groupType("UNIT").count()).isGreaterThanOrEqualTo(units);
    }

    @Test
    void theThanhUyPlanRollsOutAndItsTrackerShowsTasksOnTimeLateOverdueAndContinuous() {
        long planId = jdbc.queryForObject("select p.id from plan p join org_unit u on u.id = p.issuing_unit_id "
                + "where u.code = 'HP-TU'", Long.class);
        assertThat(jdbc.queryForObject("select rollout_date from rollout where plan_id = ? and parent_rollout_id is null",
                java.time.LocalDate.class, planId)).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
        Map<String, PlanTaskView> tasks = planTasks.tasksOf(planId).stream()
                .collect(Collectors.toMap(PlanTaskView::code, Function.identity()));

        PlanTaskView onTime = tasks.get("2.1");
        assertThat(onTime.status()).isEqualTo(PlanTaskStatus.DONE_ON_TIME);
        assertThat(onTime.completedAt()).isEqualTo("2026-09-24T10:00+07:00");
        assertThat(onTime.output().text()).isEqualTo("125-TB/BTGTU ngày 24/09/2026");
        assertThat(onTime.contributions()).singleElement().satisfies(part -> {
            assertThat(part.unit().code()).isEqualTo("HP-BCSD");
            assertThat(part.completedAt()).isNotNull();
        });
        assertThat(tasks.get("III.2a").status()).isEqualTo(PlanTaskStatus.DONE_LATE);
        // "tháng 8/2026": the 31st, moved past the National Day holidays
        assertThat(tasks.get("III.2a").dueAt()).isEqualTo("2026-09-03T23:59:59+07:00");
        PlanTaskView inProgress = tasks.get("2.2");
        assertThat(inProgress.status()).isEqualTo(PlanTaskStatus.IN_PROGRESS_OVERDUE);
        assertThat(inProgress.progressNote()).startsWith("Đã tổ chức quán triệt tại 3/4 đảng bộ");
        assertThat(tasks.get("III.2b").status()).isEqualTo(PlanTaskStatus.IN_PROGRESS_OVERDUE);
        assertThat(tasks.get("III.2b").progressNote()).isNull();
        assertThat(tasks.get("III.1").continuous()).isTrue();
        assertThat(tasks.get("III.1").status()).isEqualTo(PlanTaskStatus.IN_PROGRESS_ON_TIME);
        assertThat(tasks.get("III.1").dueAt()).isNull();
    }

    @Test
    void theAiQuocPlansContinuousTasksReportInTheDemoRoundAndItsReportSaysSo() throws Exception {
        long rolloutId = jdbc.queryForObject("select id from rollout where started_by = 'demo-history'", Long.class);
        Map<String, String> states = jdbc.query("""
                        select t.code, s.state_text from plan_task_state_report s join plan_task t on t.id = s.task_id
                        join reporting_round r on r.rollout_id = s.rollout_id and r.sequence = s.round_sequence
                        where s.rollout_id = ? and r.period_label = 'Quý III/2026'""",
                (rs, n) -> Map.entry(rs.getString(1), rs.getString(2)), rolloutId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(states).containsOnlyKeys("NV1", "NV2", "NV3", "NV4");
        assertThat(states.get("NV1")).startsWith("Trong quý III/2026, tổ chức 3 hội nghị quán triệt");

        byte[] draft = jdbc.queryForObject("""
                select d.docx from report_document d join reporting_round r on r.id = d.round_id
                where d.rollout_id = ? and r.period_label = 'Quý III/2026' and d.version = 'DRAFT'""",
                byte[].class, rolloutId);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(draft));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(states.values());
            assertThat(text).doesNotContain("Chưa báo cáo tình hình trong kỳ");
        }
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int plans = jdbc.queryForObject("select count(*) from plan", Integer.class);
        int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        long users = identityService.createUserQuery().count();

        loader.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isEqualTo(units);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }
}
