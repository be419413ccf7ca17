package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.trienkhai.reporting.assembly.ConsolidatedReportBuilder;
import vn.trienkhai.reporting.assembly.ReportAssembly;
import vn.trienkhai.reporting.document.Comparison;
import vn.trienkhai.reporting.document.ConsolidatedReport;
import vn.trienkhai.reporting.document.MetricTotal;
import vn.trienkhai.reporting.document.DocxReportWriter;
import vn.trienkhai.reporting.document.PlanTasks;
import vn.trienkhai.reporting.document.RolloutStanding;
import vn.trienkhai.reporting.document.SubmissionStatus;
import vn.trienkhai.reporting.document.UnitCounts;
import vn.trienkhai.reporting.document.UnitFigures;
import vn.trienkhai.reporting.document.UnitNarrative;
import vn.trienkhai.reporting.store.DocumentFormat;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;

/**
 * The report of a known round (Quý II/2026) compared with Quý I/2026 (previous round of the rollout) and Quý II/2025
 * (another plan of the same issuing unit): totals, differences, percentages, a metric without earlier data, units on
 * time, late and missing, a cascading unit's line with its sub-units, and a unit's hostile text in both documents.
 */
class ReportAssemblyTests extends ReportingProcessTestSupport {

    static final String HOSTILE = "<script>alert('x')</script> & <b>đậm</b> ]]> {{ten}} ${jndi:ldap://x}"
            + "\u0007\u202Eđảo\u202C “Tổ” dân\nDòng hai";

    @Autowired RoundOpening opening;
    @Autowired UnitReports unitReports;
    @Autowired RoundConsolidation consolidation;
    @Autowired ConsolidatedReportBuilder builder;
    @Autowired ReportAssembly assembly;
    @Autowired ReportStore store;
    @Autowired DocxReportWriter docxWriter;

    @Test
    void totalsComparisonsAndUnitStatusesOfAKnownRound() throws Exception {
        long roundId = knownRound();

        ConsolidatedReport report = builder.build(roundId, Instant.parse("2026-06-20T03:00:00Z"));

        assertThat(report.periodLabel()).isEqualTo("quý II/2026");
        assertThat(report.subject()).isEqualTo("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 99-CT/TN quý II/2026");
        assertThat(report.number().symbol()).isEqualTo("/BC-UBND");
        assertThat(report.number().number()).isNull();
        assertThat(report.issuingBody().name()).isEqualTo("UBND phường Thử Nghiệm");
        assertThat(report.date().place()).isEqualTo("Thử Nghiệm");
        assertThat(report.recipients()).as("the default, not the plan's downward list").containsExactly(
                "Ban Thường vụ Thành ủy (để báo cáo)",
                "Lãnh đạo Ủy ban nhân dân phường Thử Nghiệm (để báo cáo)", "Lưu: VT, PKT");
        MetricTotal accidents = total(report, "accidents");
        assertThat(accidents.value()).isEqualByComparingTo("11");
        assertComparison(accidents.previousPeriod().orElseThrow(), "6", "5", "83.3");
        assertComparison(accidents.samePeriodLastYear().orElseThrow(), "12", "-1", "-8.3");
        MetricTotal fines = total(report, "fines");
        assertThat(fines.value()).isEqualByComparingTo("3000");
        assertComparison(fines.previousPeriod().orElseThrow(), "1500", "1500", "100.0");
        assertComparison(fines.samePeriodLastYear().orElseThrow(), "2000", "1000", "50.0");
        MetricTotal checkpoints = total(report, "checkpoints");
        assertThat(checkpoints.value()).isEqualByComparingTo("5");
        assertThat(checkpoints.previousPeriod()).isEmpty();
        assertThat(checkpoints.samePeriodLastYear()).isEmpty();

        List<UnitFigures> units = units(report);
        assertThat(report.lines().counts()).isEqualTo(new UnitCounts(3, 1, 1, 1, 0, 0, 1));
        assertThat(units).extracting(UnitFigures::unitName, UnitFigures::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Công an phường Thử Nghiệm", SubmissionStatus.ON_TIME),
                org.assertj.core.groups.Tuple.tuple("Khu phố 1 (gồm cả các đơn vị trực thuộc)", SubmissionStatus.LATE),
                org.assertj.core.groups.Tuple.tuple("Tổ dân phố 3", SubmissionStatus.MISSING));
        assertThat(units.get(1).figures().get("accidents")).isEqualByComparingTo("8");
        try (Stream<UnitFigures> missing = report.lines().units(SubmissionStatus.MISSING)) {
            assertThat(missing).extracting(UnitFigures::unitName).containsExactly("Tổ dân phố 3");
        }
        try (Stream<UnitFigures> onTime = report.lines().units(SubmissionStatus.ON_TIME);
             Stream<UnitFigures> late = report.lines().units(SubmissionStatus.LATE)) {
            assertThat(onTime).extracting(UnitFigures::unitName).containsExactly("Công an phường Thử Nghiệm");
            assertThat(late).extracting(UnitFigures::unitName)
                    .containsExactly("Khu phố 1 (gồm cả các đơn vị trực thuộc)");
        }
        assertThat(units.get(2).submittedAt()).isNull();
        assertThat(units.get(2).figures()).isEmpty();
        List<UnitNarrative> narratives;
        try (Stream<UnitNarrative> texts = report.lines().narratives()) {
            narratives = texts.toList();
        }
        assertThat(narratives).singleElement().satisfies(text -> {
            assertThat(text.unitName()).isEqualTo("Công an phường Thử Nghiệm");
            assertThat(text.findings().results()).isEqualTo(HOSTILE);
        });
    }

    @Test
    void unitsComeInThePlansProtocolOrderNotByTheirCodes() throws Exception {
        Fixture fixture = plan(document -> {
            com.fasterxml.jackson.databind.node.ArrayNode participants = document.putArray("participants");
            participants.add("RT-TDP03").add("RT-CA");
            participants.addObject().put("unit", "RT-KP1").put("cascade", true);
        });
        long roundId = opening.open(fixture.planId(), fixture.rolloutId(), 1, null, Instant.now()).getId();
        report(roundId, "RT-KP1", Map.of("accidents", 1), true, "Khu phố đã họp dân.");
        report(roundId, "RT-CA", Map.of("accidents", 2), true, "Đã tuần tra.");
        report(roundId, "RT-TDP03", Map.of("accidents", 0), true, "Tổ đã tuyên truyền.");
        consolidation.consolidate(roundId, Instant.now());

        ConsolidatedReport report = builder.build(roundId, Instant.now());

        assertThat(units(report)).extracting(UnitFigures::unitName).containsExactly("Tổ dân phố 3",
                "Công an phường Thử Nghiệm", "Khu phố 1 (gồm cả các đơn vị trực thuộc)");
        try (Stream<UnitNarrative> texts = report.lines().narratives()) {
            assertThat(texts).extracting(UnitNarrative::unitName).containsExactly("Tổ dân phố 3",
                    "Công an phường Thử Nghiệm", "Khu phố 1");
        }
    }

    @Test
    void thePlansTasksWithTheContinuousOnesStateOfTheRoundAndTheTaskDueNextQuarter() throws Exception {
        long roundId = knownRound();
        trackTasks(roundId);

        PlanTasks tasks = builder.build(roundId, Instant.parse("2026-06-20T03:00:00Z")).planTasks();

        assertThat(tasks.headers()).containsExactly("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn",
                "Kết quả / sản phẩm", "Tình trạng");
        assertThat(tasks.tasks()).hasSize(2);
        assertThat(tasks.tasks().get(0)).isEqualTo(new PlanTasks.Task(1,
                "NV1. Tuyên truyền, xử lý vi phạm trật tự an toàn giao thông", unitName("RT-CA"), "Thường xuyên",
                "Duy trì tuần tra <b>&</b> hằng đêm", "đang thực hiện trong hạn"));
        assertThat(tasks.tasks().get(1).deadline()).isEqualTo("14/08/2026");
        assertThat(tasks.nextPeriodLabel()).isEqualTo("quý III/2026");
        assertThat(tasks.nextPeriod()).extracting(PlanTasks.Task::task, PlanTasks.Task::lead, PlanTasks.Task::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NV2. Lắp đặt biển báo tại các điểm đen",
                        unitName("RT-KP1"), "14/08/2026"));

        long childRound = jdbc.queryForObject("""
                select c.id from reporting_round c join reporting_round r on r.plan_id = c.plan_id
                where r.id = ? and c.sequence = r.sequence and c.level = 1""", Long.class, roundId);
        assertThat(builder.build(childRound, Instant.parse("2026-06-20T03:00:00Z")).planTasks())
                .as("a cascading unit's round is about its sub-units, not the plan's tasks").isSameAs(PlanTasks.NONE);
    }

    @Test
    void theStoredDraftHoldsTheFiguresAndTheUnitsTextLiterally() throws Exception {
        long roundId = knownRound();
        jdbc.update("update unit_report set causes = ? where id = (select min(id) from unit_report where round_id = ?"
                + " and status <> 'MISSING')", "Lực lượng mỏng, địa bàn rộng.", roundId);

        StoredReport draft = assembly.assemble(roundId, Instant.parse("2026-06-20T03:00:00Z"));
        StoredReport again = assembly.assemble(roundId, Instant.parse("2026-06-20T04:00:00Z"));

        assertThat(again.id()).isEqualTo(draft.id());
        assertThat(store.find(roundId, ReportVersion.DRAFT)).map(StoredReport::createdAt)
                .contains(Instant.parse("2026-06-20T04:00:00Z"));
        String docx = DocumentTexts.docx(store.content(draft.id(), DocumentFormat.DOCX).orElseThrow());
        assertThat(docx).contains("BÁO CÁO", "quý II/2026", "Tổ dân phố 3", "CHỦ TỊCH", "Lê Văn Chủ",
                "<script>alert('x')</script> & <b>đậm</b> ]]> {{ten}} ${jndi:ldap://x}", "đảo “Tổ” dân", "Dòng hai",
                "+5", "(+83,3%)", "(-8,3%)", "III. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH",
                "Chưa báo cáo tình hình trong kỳ", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                "Trong quý III/2026, không có nhiệm vụ nào của Kế hoạch đến hạn.",
                "HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN", "2. Nguyên nhân", "Lực lượng mỏng, địa bàn rộng.",
                "- Nguyên nhân: Lực lượng mỏng, địa bàn rộng.");
        assertThat(docx).doesNotContain("\u0007", "\u202E");
        String pdf = DocumentTexts.pdf(store.content(draft.id(), DocumentFormat.PDF).orElseThrow());
        assertThat(pdf).contains("BÁO CÁO", "Tổ dân phố 3", "<script>alert('x')</script>", "<b>đậm</b>", "]]>",
                "{{ten}}", "${jndi:ldap://x}", "Dòng hai", "(+83,3%)", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI");
    }

    @Test
    void theOpeningCitesThePlanAndTheNextPeriodNamesOpenStagesAndLateUnits() throws Exception {
        long roundId = knownRound();
        long rolloutId = rounds.findById(roundId).orElseThrow().getRolloutId();
        progress(rolloutId, "RT-TDP03", "STUDY", "OPEN", "2026-06-10T16:59:59Z");
        progress(rolloutId, "RT-CA", "STUDY", "DONE", "2026-06-10T16:59:59Z");
        progress(rolloutId, "RT-CA", "DISSEMINATE", "OPEN", "2026-07-10T16:59:59Z");
        progress(rolloutId, "RT-CA", "IMPLEMENT", "ASSIGNED", "2026-12-31T16:59:59Z");
        progress(rolloutId, "RT-KP1", "REVIEW", "OPEN", "2026-06-01T16:59:59Z");

        ConsolidatedReport report = builder.build(roundId, Instant.parse("2026-06-20T03:00:00Z"));

        assertThat(report.opening()).startsWith("Thực hiện Kế hoạch của " + unitName("RT-UBND") + " về kế hoạch thử "
                + "nghiệm ").endsWith(", Ủy ban nhân dân phường báo cáo kết quả quý II/2026 như sau:");
        assertThat(report.standing().openStages()).containsExactly(
                new RolloutStanding.OpenStage("Học tập, quán triệt", 1),
                new RolloutStanding.OpenStage("Tuyên truyền, phổ biến", 1));
        assertThat(report.standing().lateUnits()).containsExactly(new RolloutStanding.LateUnit(unitName("RT-TDP03"),
                List.of(new RolloutStanding.LateStage("Học tập, quán triệt", 7))));
        String docx = DocumentTexts.docx(ReportAssembly.write(docxWriter, report));
        assertThat(docx).contains(report.opening(), "Đôn đốc các đơn vị còn chậm: " + unitName("RT-TDP03")
                + " (Học tập, quán triệt, quá hạn 7 ngày làm việc).");
    }

    private void progress(long rolloutId, String unit, String stage, String status, String dueAt) {
        jdbc.update("""
                insert into unit_stage_progress (rollout_id, unit_id, stage, due_at, status, completed_at)
                values (?, ?, ?, ?, ?, case when ? = 'DONE' then now() end)""", rolloutId, unitId(unit), stage,
                Timestamp.from(Instant.parse(dueAt)), status, status);
    }

    /**
     * The plan's continuous task NV1 tracked with a state report for round 2, and a dated task NV2 added, open and
     * due on 14/08/2026, in the next quarter.
     */
    private void trackTasks(long roundId) {
        ReportRound round = rounds.findById(roundId).orElseThrow();
        long continuous = jdbc.queryForObject("select id from plan_task where plan_id = ? and code = 'NV1'", Long.class,
                round.getPlanId());
        long dated = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, code, title, lead_unit_id, deadline)
                values (?, 2, 'NV2', 'Lắp đặt biển báo tại các điểm đen', ?, '"2026-08-14"') returning id""",
                Long.class, round.getPlanId(), unitId("RT-KP1"));
        jdbc.update("insert into plan_task_progress (rollout_id, task_id, status) values (?, ?, 'IN_PROGRESS')",
                round.getRolloutId(), continuous);
        jdbc.update("insert into plan_task_progress (rollout_id, task_id, status, due_at) values (?, ?, 'OPEN', ?)",
                round.getRolloutId(), dated, Timestamp.from(Instant.parse("2026-08-14T16:59:59Z")));
        jdbc.update("""
                insert into plan_task_state_report (rollout_id, task_id, round_sequence, state_text, reported_at)
                values (?, ?, 1, 'Kỳ trước', now()), (?, ?, 2, 'Duy trì tuần tra <b>&</b> hằng đêm', now())""",
                round.getRolloutId(), continuous, round.getRolloutId(), continuous);
    }

    private String unitName(String code) {
        return jdbc.queryForObject("select name from org_unit where code = ?", String.class, code);
    }

    /** Quý II/2026 of a fresh plan, with Quý I/2026 before it and Quý II/2025 of another plan of the same ward. */
    private long knownRound() throws Exception {
        Fixture fixture = plan();
        long q1 = opening.open(fixture.planId(), fixture.rolloutId(), 1, null, Instant.now()).getId();
        report(q1, "RT-CA", Map.of("accidents", 4, "fines", 1000), true, "Đã tuần tra.");
        report(q1, "RT-KP1", Map.of("accidents", 2, "fines", 500), true, null);
        consolidation.consolidate(q1, Instant.now());

        ReportRound q2 = opening.open(fixture.planId(), fixture.rolloutId(), 2, null, Instant.now());
        ReportRound child = opening.open(fixture.planId(), fixture.childRolloutId(), 2, null, Instant.now());
        report(child.getId(), "RT-TDP11", Map.of("accidents", 2), true, null);
        report(q2.getId(), "RT-CA", Map.of("accidents", 3, "fines", 3000, "checkpoints", 5), true, HOSTILE);
        report(q2.getId(), "RT-KP1", Map.of("accidents", 6, "fines", 0), false, null);
        unitReports.recordMissing(q2.getId(), List.of("RT-CA", "RT-KP1", "RT-TDP03"));
        consolidation.consolidate(q2.getId(), Instant.now());

        Fixture lastYearPlan = plan();
        lastYearRound(lastYearPlan.rolloutId(), Map.of("accidents", 12, "fines", 2000));
        lastYearRound(lastYearPlan.childRolloutId(), Map.of("accidents", 777, "checkpoints", 9));
        return q2.getId();
    }

    private void report(long roundId, String unit, Map<String, Integer> figures, boolean onTime, String results) {
        ReportRound round = rounds.findById(roundId).orElseThrow();
        Instant at = onTime ? round.getSubmissionDeadline().minusSeconds(3600)
                : round.getSubmissionDeadline().plusSeconds(3600);
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        figures.forEach((key, value) -> values.put(key, BigDecimal.valueOf(value)));
        unitReports.submit(roundId, unit, new UnitReportContent(values, results, null, null), unit + ".canbo", at);
    }

    /** Quý II/2025 written as the tables hold it once consolidated (a round of an earlier rollout). */
    private void lastYearRound(long rolloutId, Map<String, Integer> totals) {
        long planId = jdbc.queryForObject("select plan_id from rollout where id = ?", Long.class, rolloutId);
        long roundId = jdbc.queryForObject("""
                insert into reporting_round (plan_id, rollout_id, sequence, level, period_label, final_review, data_from,
                    cut_off, submission_deadline, consolidation_deadline, status, opened_at, consolidated_at)
                values (?, ?, 9, 0, 'Quý II/2025', false, ?, ?, ?, ?, 'SENT', ?, ?) returning id""", Long.class,
                planId, rolloutId, Date.valueOf(LocalDate.of(2025, 3, 15)), Date.valueOf(LocalDate.of(2025, 6, 14)),
                Timestamp.from(Instant.parse("2025-06-18T16:59:59Z")), Timestamp.from(Instant.parse("2025-06-19T16:59:59Z")),
                Timestamp.from(Instant.parse("2025-06-15T01:00:00Z")), Timestamp.from(Instant.parse("2025-06-20T01:00:00Z")));
        totals.forEach((key, value) -> jdbc.update("insert into round_total (round_id, metric_key, total, units_reported)"
                + " values (?, ?, ?, 1)", roundId, key, value));
    }

    private static List<UnitFigures> units(ConsolidatedReport report) {
        try (Stream<UnitFigures> units = report.lines().units()) {
            return units.toList();
        }
    }

    private static MetricTotal total(ConsolidatedReport report, String key) {
        return report.totals().stream().filter(t -> t.metricKey().equals(key)).findFirst().orElseThrow();
    }

    private static void assertComparison(Comparison comparison, String earlier, String difference, String percent) {
        assertThat(comparison.earlier()).isEqualByComparingTo(earlier);
        assertThat(comparison.difference()).isEqualByComparingTo(difference);
        assertThat(comparison.percentage()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(percent));
    }
}
