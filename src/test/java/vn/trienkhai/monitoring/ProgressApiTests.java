package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.trienkhai.FirstInItsContext;
import vn.trienkhai.rollout.UnitImplementationProcess;

/** The progress API on the demo rollout of the Ái Quốc plan, as each kind of user calls it. */
/**
 * Runs before the browser journeys, which share this context and change the demo plan (they complete tasks, draft
 * and issue plans); its own changes touch units the journeys do not use (AQ-TDP07, a cascade it removes).
 */
@MonitoringTest
@FirstInItsContext
class ProgressApiTests {

    static final String LEAD = "aq-pktht.canbo";
    static final String LEADERSHIP = "aq-ubnd.truong";
    static final String OFFICER = "aq-tdp01.canbo";
    static final String OTHER_PLAN_LEAD = "hp-btg.canbo";

    @Autowired TestRestTemplate rest;
    @Autowired DemoProgress demo;
    @Autowired ShiftableClock clock;
    @Autowired ZoneId zone;
    @Autowired ObjectMapper json;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    long planId;

    @BeforeEach
    void rollOut() {
        planId = demo.demoPlan();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ResponseEntity<String> get(String user, String password, String path) {
        return rest.withBasicAuth(user, password).getForEntity(path, String.class);
    }

    JsonNode progress(String user) throws Exception {
        ResponseEntity<String> response = get(user, "demo", "/api/plans/" + planId + "/progress");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void theLeadOfficeSeesEveryUnitAndStageWithVietnameseStatuses() throws Exception {
        JsonNode progress = progress(LEAD);
        assertThat(progress.path("units")).hasSize(22);
        JsonNode unit = progress.path("units").get(0);
        assertThat(unit.path("stages")).hasSize(5);
        assertThat(unit.path("stages").get(0).path("stageLabel").asText()).isEqualTo("Học tập, quán triệt");
        assertThat(unit.path("stages").get(0).path("statusLabel").asText()).isIn("chưa đến hạn", "sắp đến hạn");
        assertThat(unit.path("processInstanceId").asText()).isNotBlank();
        int total = 0;
        for (JsonNode count : progress.path("totals")) {
            total += count.asInt();
        }
        assertThat(total).isEqualTo(22 * 5);
        assertThat(progress.path("statuses")).extracting(status -> status.path("label").asText())
                .containsExactly("chưa đến hạn", "sắp đến hạn", "quá hạn", "hoàn thành đúng hạn", "hoàn thành quá hạn");
    }

    @Test
    void aUnitsInstanceReadsInVietnameseForTheLeadOfficeAndIsHiddenFromAnotherPlansOffice() throws Exception {
        String instance = progress(LEAD).path("units").get(0).path("processInstanceId").asText();

        ResponseEntity<String> response = get(LEAD, "demo", "/api/process-instances/" + instance + "/details");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode details = json.readTree(response.getBody());
        assertThat(details.path("process").asText()).isNotBlank();
        assertThat(details.path("lines")).anySatisfy(line -> {
            assertThat(line.path("label").asText()).isEqualTo("Đơn vị");
            assertThat(line.path("value").asText()).doesNotStartWith("AQ-");
        });
        assertThat(details.path("lines")).anySatisfy(line ->
                assertThat(line.path("label").asText()).isEqualTo("Kế hoạch"));
        assertThat(details.path("technical").asInt()).isPositive();

        ResponseEntity<String> refused = get(OTHER_PLAN_LEAD, "demo", "/api/process-instances/" + instance + "/details");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(refused.getBody()).path("detail").asText())
                .isEqualTo("Không tìm thấy phiên quy trình đang chạy này, hoặc bạn không có quyền xem.");
        assertThat(get(LEAD, "demo", "/api/process-instances/khong-co/details").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theLeadOfficeFindsItsOwnOpenWorkInThePlanWithLinksIntoTasklist() throws Exception {
        ResponseEntity<String> response = get(LEAD, "demo", "/api/plans/" + planId + "/next-steps");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode steps = json.readTree(response.getBody());

        assertThat(steps).isNotEmpty();
        for (JsonNode step : steps) {
            assertThat(step.path("tasklistLink").asText())
                    .isEqualTo("/camunda/app/tasklist/default/#/?task=" + step.path("taskId").asText());
            assertThat(step.path("name").asText()).isNotBlank().doesNotContain("AQ-");
        }
        // its own unit's stage, named for it
        assertThat(steps).anySatisfy(step -> assertThat(step.path("name").asText()).contains("Phòng Kinh tế - Hạ tầng"));
        assertThat(get(OTHER_PLAN_LEAD, "demo", "/api/plans/" + planId + "/next-steps").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(LEAD, "demo", "/api/plans/999999/next-steps").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void leadershipOfTheIssuingUnitAndAdministratorsMayReadToo() throws Exception {
        assertThat(progress(LEADERSHIP).path("units")).hasSize(22);
        assertThat(get("admin", "admin", "/api/plans/" + planId + "/progress").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anOfficerOrAnotherPlansLeadOfficeIsRefusedWithAProblem() {
        for (String user : new String[] {OFFICER, OTHER_PLAN_LEAD}) {
            for (String path : new String[] {"/progress", "/progress.xlsx"}) {
                ResponseEntity<String> response = get(user, "demo", "/api/plans/" + planId + path);
                assertThat(response.getStatusCode()).as(user + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
                assertThat(response.getBody()).contains("Không có quyền");
            }
        }
        assertThat(get(OFFICER, "wrong", "/api/plans/" + planId + "/progress").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(LEAD, "demo", "/api/plans/987654/progress").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDashboardListsOnlyThePlansTheUserMayRead() throws Exception {
        JsonNode plans = json.readTree(get(LEAD, "demo", "/api/monitoring/plans").getBody());
        assertThat(plans).anySatisfy(plan -> {
            assertThat(plan.path("planId").asLong()).isEqualTo(planId);
            assertThat(plan.path("stages").asInt()).isEqualTo(110);
            assertThat(plan.path("tasks")).extracting(count -> count.path("status").asText() + "="
                    + count.path("count").asInt()).containsExactly("DONE_ON_TIME=0", "DONE_LATE=0",
                    "IN_PROGRESS_ON_TIME=4", "IN_PROGRESS_OVERDUE=0");
        });
        assertThat(json.readTree(get(OFFICER, "demo", "/api/monitoring/plans").getBody())).isEmpty();
        assertThat(json.readTree(get(OTHER_PLAN_LEAD, "demo", "/api/monitoring/plans").getBody()))
                .noneSatisfy(plan -> assertThat(plan.path("planId").asLong()).isEqualTo(planId));
    }

    @Test
    void statusesFollowTheClockAtRequestTime() throws Exception {
        String today = LocalDate.now(zone).toString();
        demo.complete("AQ-TDP07", UnitImplementationProcess.STUDY, Map.of(
                UnitImplementationProcess.STUDY_HELD_ON, today, UnitImplementationProcess.STUDY_FORMAT, "TRUC_TIEP",
                UnitImplementationProcess.STUDY_PARTICIPANTS, 30L, UnitImplementationProcess.STUDY_MINUTES_REF,
                "01/BB"));
        clock.shift(Duration.ofDays(40));
        JsonNode units = progress(LEAD).path("units");
        JsonNode tdp07 = unit(units, "AQ-TDP07");
        JsonNode tdp02 = unit(units, "AQ-TDP02");
        assertThat(tdp07.path("stages").get(0).path("status").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(tdp02.path("stages").get(0).path("status").asText()).isEqualTo("OVERDUE");
        assertThat(tdp02.path("onTimeRate").asDouble()).isZero();
        assertThat(tdp07.path("totals").path("DONE_ON_TIME").asInt()).isEqualTo(1);
    }

    ResponseEntity<String> rankingPage(String user, String query) {
        return get(user, "demo", "/api/plans/" + planId + "/progress/ranking" + query);
    }

    /** The whole ranking, read page by page as the plugin reads it. */
    List<JsonNode> wholeRanking(int limit) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        int total;
        do {
            ResponseEntity<String> response = rankingPage(LEAD, "?offset=" + lines.size() + "&limit=" + limit);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode page = json.readTree(response.getBody());
            total = page.path("total").asInt();
            assertThat(page.path("offset").asInt()).isEqualTo(lines.size());
            assertThat(page.path("lines").size()).isLessThanOrEqualTo(limit).isPositive();
            page.path("lines").forEach(lines::add);
        } while (lines.size() < total);
        return lines;
    }

    @Test
    void theRankingListsEveryUnitOnceWithUnitsWithoutARateLast() throws Exception {
        JsonNode progress = progress(LEAD);
        assertThat(progress.path("taskTotals").path("IN_PROGRESS_ON_TIME").asInt()).isEqualTo(4);
        List<JsonNode> ranking = wholeRanking(5);
        assertThat(progress.path("ranking").path("total").asInt()).isEqualTo(ranking.size());
        assertThat(ranking).extracting(line -> line.path("unitCode").asText()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(progress.path("units").findValuesAsText("unitCode"));
        JsonNode police = unit(json.valueToTree(ranking), "AQ-CA");
        assertThat(police.path("unitName").asText()).isEqualTo(unit(progress.path("units"), "AQ-CA").path("unitName").asText());
        assertThat(police.path("rank").isNull()).isTrue();
        assertThat(police.path("onTimeRate").isNull()).isTrue();
        boolean unrated = false;
        for (JsonNode line : ranking) {
            if (unrated) {
                assertThat(line.path("rank").isNull()).as(line + " ranked after a unit without a rate").isTrue();
            }
            unrated = line.path("rank").isNull();
        }
    }

    @Test
    void theFirstAnswerCarriesTheRankingsHeadAndThePagesTheWholeRankingInTheSameOrder() throws Exception {
        clock.shift(Duration.ofDays(40));
        JsonNode head = progress(LEAD).path("ranking");
        List<JsonNode> ranking = wholeRanking(7);
        List<JsonNode> rated = ranking.stream().filter(line -> !line.path("rank").isNull()).toList();
        assertThat(rated.size()).as("the demo's units, their study overdue 40 days on").isGreaterThan(20);
        assertThat(head.path("total").asInt()).isEqualTo(ranking.size());
        assertThat(head.path("rated").asInt()).isEqualTo(rated.size());
        assertThat(head.path("best")).containsExactlyElementsOf(rated.subList(0, 10));
        assertThat(head.path("lagging")).containsExactlyElementsOf(rated.subList(rated.size() - 10, rated.size()));
        assertThat(wholeRanking(200)).as("one page of the largest size").isEqualTo(ranking);

        JsonNode past = json.readTree(rankingPage(LEAD, "?offset=" + ranking.size()).getBody());
        assertThat(past.path("lines")).isEmpty();
        assertThat(past.path("total").asInt()).isEqualTo(ranking.size());
        JsonNode byDefault = json.readTree(rankingPage(LEAD, "").getBody());
        assertThat(List.of(byDefault.path("offset").asInt(), byDefault.path("limit").asInt())).containsExactly(0, 50);
        assertThat(byDefault.path("lines")).containsExactlyElementsOf(ranking.subList(0, Math.min(50, ranking.size())));
    }

    /** A refusal's title, detail, status and type: its instance is the path asked for. */
    Map<String, Object> problem(ResponseEntity<String> response) throws Exception {
        Map<String, Object> problem = new java.util.HashMap<>(json.readValue(response.getBody(), Map.class));
        problem.remove("instance");
        return problem;
    }

    @Test
    void aRankingPageOutsideItsBoundsOrUnreadableIsRefusedAsTheProgressIs() throws Exception {
        Map<String, String> refused = Map.of("?offset=-1", "offset", "?limit=0", "limit", "?limit=201", "limit",
                "?limit=abc", "limit", "?offset=1.5", "offset");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            ResponseEntity<String> response = rankingPage(LEAD, bad.getKey());
            assertThat(response.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
            JsonNode error = json.readTree(response.getBody()).path("errors").get(0);
            assertThat(error.path("field").asText()).as(bad.getKey()).isEqualTo(bad.getValue());
            assertThat(error.path("message").asText()).as(bad.getKey()).isNotBlank().doesNotContain("must", "invalid");
        }
        assertThat(json.readTree(rankingPage(LEAD, "?limit=201").getBody()).path("errors").get(0).path("message")
                .asText()).isEqualTo("tham số limit phải là số nguyên từ 1 đến 200");
        assertThat(json.readTree(rankingPage(LEAD, "?offset=-1").getBody()).path("errors").get(0).path("message")
                .asText()).isEqualTo("tham số offset phải là số nguyên từ 0 trở lên");
        for (String user : new String[] {OFFICER, OTHER_PLAN_LEAD}) {
            ResponseEntity<String> page = rankingPage(user, "?offset=0&limit=10");
            ResponseEntity<String> progress = get(user, "demo", "/api/plans/" + planId + "/progress");
            assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(page.getHeaders().getContentType().toString()).contains("application/problem+json");
            assertThat(problem(page)).as(user).isEqualTo(problem(progress)).containsKey("detail");
        }
        assertThat(get(LEAD, "demo", "/api/plans/987654/progress/ranking").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(OFFICER, "wrong", "/api/plans/" + planId + "/progress/ranking").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void thePlansTasksAreThoseOfTheRolloutTheMatrixShowsNotOfALaterCompletedOne() throws Exception {
        JsonNode tasks = json.readTree(get(LEAD, "demo", "/api/plans/" + planId + "/tasks").getBody());
        assertThat(tasks).extracting(task -> task.path("code").asText() + " " + task.path("status").asText())
                .containsExactly("NV1 IN_PROGRESS_ON_TIME", "NV2 IN_PROGRESS_ON_TIME", "NV3 IN_PROGRESS_ON_TIME",
                        "NV4 IN_PROGRESS_ON_TIME");
        assertThat(tasks.get(0).path("plannedOutput").asText()).startsWith("Các hội nghị quán triệt");
    }

    @Test
    void theWorkbookListsUnitsInThePlansProtocolOrderOnFramedSheetsTheTasksSheetIncluded() throws Exception {
        java.util.List<String> protocol = jdbc.queryForList("select u.code from plan_participant p join org_unit u"
                + " on u.id = p.unit_id where p.plan_id = ? order by p.position", String.class, planId);
        java.util.List<String> listed = progress(LEAD).path("units").findValuesAsText("unitCode");
        assertThat(listed).isEqualTo(protocol.stream().filter(listed::contains).toList());
        assertThat(listed).as("the demo plan does not list its units in code order")
                .isNotEqualTo(listed.stream().sorted().toList());

        ResponseEntity<byte[]> file = rest.withBasicAuth(LEAD, "demo")
                .getForEntity("/api/plans/" + planId + "/progress.xlsx", byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.getBody()))) {
            var summary = workbook.getSheet("Tổng hợp");
            java.util.List<String> rows = new ArrayList<>();
            for (int i = 4; i <= summary.getLastRowNum(); i++) {
                rows.add(summary.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(rows).isEqualTo(listed);
            java.util.List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Tiến độ", "Tổng hợp", "Xếp hạng", "Nhiệm vụ");
            var tasks = workbook.getSheet("Nhiệm vụ");
            assertThat(tasks.getRow(0).getCell(0).getStringCellValue()).startsWith("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ");
            assertThat(tasks.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Nhiệm vụ");
            assertThat(tasks.getLastRowNum()).isEqualTo(3 + 4);
            assertThat(tasks.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:I8");
            assertThat(tasks.getPrintSetup().getLandscape()).isTrue();
        }
    }

    ResponseEntity<String> children(String user, String unitCode) {
        return get(user, "demo", "/api/plans/" + planId + "/progress/units/" + unitCode + "/children");
    }

    @Test
    void thePageShowsACascadingUnitWithItsCascadesFiguresAndLoadsItsUnitsWhenOpened() throws Exception {
        JsonNode before = progress(LEAD);
        long cascade = demo.addCascade("AQ-TDP04");
        try {
            JsonNode progress = progress(LEAD);
            assertThat(progress.path("units")).hasSize(22);
            assertThat(progress.path("units").findValuesAsText("unitCode")).doesNotContain("HP-BAO", "HP-DPTTH");
            JsonNode cascading = unit(progress.path("units"), "AQ-TDP04");
            assertThat(cascading.path("cascadedUnits").asInt()).isEqualTo(2);
            assertThat(cascading.path("children")).isEmpty();
            JsonNode own = cascading.path("totals");
            JsonNode subtree = cascading.path("subtreeTotals");
            assertThat(subtree.path("DONE_ON_TIME").asInt()).isEqualTo(own.path("DONE_ON_TIME").asInt() + 1);
            assertThat(subtree.path("OVERDUE").asInt()).isEqualTo(own.path("OVERDUE").asInt() + 1);
            assertThat(subtree.path("NOT_DUE").asInt()).isEqualTo(own.path("NOT_DUE").asInt() + 1);
            assertThat(cascading.path("subtreeOnTimeRate").asDouble()).isEqualTo(0.5);
            assertThat(progress.path("totals").path("OVERDUE").asInt())
                    .isEqualTo(before.path("totals").path("OVERDUE").asInt() + 1);
            assertThat(unit(progress.path("ranking").path("best"), "HP-BAO").path("onTimeRate").asDouble())
                    .isEqualTo(0.5);
            assertThat(progress.path("ranking").path("total").asInt())
                    .isEqualTo(before.path("ranking").path("total").asInt() + 2);
            assertThat(wholeRanking(50)).extracting(line -> line.path("unitCode").asText())
                    .contains("HP-BAO", "HP-DPTTH");
            assertThat(unit(progress.path("units"), "AQ-TDP01").path("cascadedUnits").asInt()).isZero();

            ResponseEntity<String> response = children(LEAD, "AQ-TDP04");
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode units = json.readTree(response.getBody());
            assertThat(units.findValuesAsText("unitCode")).containsExactly("HP-BAO", "HP-DPTTH");
            JsonNode bao = units.get(0);
            assertThat(bao.path("level").asInt()).isEqualTo(1);
            assertThat(bao.path("rolloutId").asLong()).isEqualTo(cascade);
            assertThat(bao.path("stages")).extracting(stage -> stage.path("status").asText())
                    .containsExactly("DONE_ON_TIME", "OVERDUE");
            assertThat(bao.path("processInstanceId").isNull()).isTrue();
            assertThat(json.readTree(children(LEAD, "HP-BAO").getBody())).as("a unit that cascades nothing").isEmpty();

            JsonNode dashboard = json.readTree(get(LEAD, "demo", "/api/monitoring/plans").getBody());
            JsonNode plan = null;
            for (JsonNode line : dashboard) {
                plan = line.path("planId").asLong() == planId ? line : plan;
            }
            assertThat(plan.path("stages").asInt()).isEqualTo(113);
            assertThat(plan.path("totals")).isEqualTo(progress.path("totals"));
        } finally {
            demo.removeCascade(cascade);
        }
    }

    @Test
    void aUnitsCascadeIsRefusedForAnUnknownUnitAUnitOutsideThePlanAndThoseWhoMayNotReadIt() throws Exception {
        assertThat(json.readTree(children(LEAD, "AQ-TDP01").getBody())).as("a unit of the plan without cascade")
                .isEmpty();
        ResponseEntity<String> unknown = children(LEAD, "KHONG-CO");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).path("detail").asText()).isEqualTo("Không tìm thấy đơn vị KHONG-CO");
        ResponseEntity<String> outside = children(LEAD, "HP-BAO");
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(outside.getBody()).path("detail").asText())
                .isEqualTo("Đơn vị HP-BAO không thuộc kế hoạch này");
        for (String user : new String[] {OFFICER, OTHER_PLAN_LEAD}) {
            ResponseEntity<String> refused = children(user, "AQ-TDP01");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
            assertThat(refused.getBody()).contains("Không có quyền");
        }
        assertThat(get(LEAD, "demo", "/api/plans/987654/progress/units/AQ-TDP01/children").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(OFFICER, "wrong", "/api/plans/" + planId + "/progress/units/AQ-TDP01/children")
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDashboardCountsTheStagesAsThePageDoesAsTheClockMoves() throws Exception {
        for (Duration shift : new Duration[] {Duration.ZERO, Duration.ofDays(3), Duration.ofDays(40)}) {
            clock.reset();
            clock.shift(shift);
            JsonNode progress = progress(LEAD);
            JsonNode dashboard = json.readTree(get(LEAD, "demo", "/api/monitoring/plans").getBody());
            JsonNode plan = null;
            for (JsonNode line : dashboard) {
                plan = line.path("planId").asLong() == planId ? line : plan;
            }
            assertThat(plan.path("totals")).as("after " + shift).isEqualTo(progress.path("totals"));
            assertThat(plan.path("onTimeRate")).as("after " + shift).isEqualTo(progress.path("onTimeRate"));
        }
    }

    static JsonNode unit(JsonNode units, String code) {
        for (JsonNode unit : units) {
            if (code.equals(unit.path("unitCode").asText())) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
