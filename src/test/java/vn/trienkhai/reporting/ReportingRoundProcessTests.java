package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.trienkhai.reporting.ReportingRoundProcess.APPROVE;
import static vn.trienkhai.reporting.ReportingRoundProcess.FINALISE;
import static vn.trienkhai.reporting.ReportingRoundProcess.REVIEW_UNIT_REPORT;
import static vn.trienkhai.reporting.ReportingRoundProcess.SUBMIT_UNIT_REPORT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

class ReportingRoundProcessTests extends ReportingProcessTestSupport {

    @Test
    void roundOpensWithThePlansPeriodAndDeadlinesAndAsksEveryUnit() throws Exception {
        Fixture fixture = plan();
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());

        ReportRound round = rounds.findById(roundId(instance)).orElseThrow();
        assertThat(round.getPeriodLabel()).isEqualTo("Quý I/2026");
        assertThat(round.getDataFrom()).hasToString("2025-12-15");
        assertThat(round.getCutOff()).hasToString("2026-03-14");
        assertThat(round.getSubmissionDeadline()).isEqualTo(Instant.parse("2026-03-18T16:59:59Z"));
        assertThat(round.getConsolidationDeadline()).isEqualTo(Instant.parse("2026-03-19T16:59:59Z"));
        assertThat(instance).isWaitingAt(SUBMIT_UNIT_REPORT);
        Task police = task(instance, SUBMIT_UNIT_REPORT, "rt-ca");
        assertThat(police.getDueDate().toInstant()).isEqualTo(round.getSubmissionDeadline());
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(3);
        try (var form = engine.getFormService().getDeployedTaskForm(police.getId())) {
            com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form);
            assertThat(schema.get("id").asText()).as("the plan's own form").isEqualTo(ReportForms.formId(fixture.planId()));
            assertThat(schema.findValuesAsText("key")).containsExactly("previousReturnReason", "figure_accidents",
                    "figure_fines", "figure_checkpoints", "results", "limitations", "causes", "proposals");
            assertThat(schema.findValuesAsText("label")).contains("Số vụ tai nạn giao thông (vụ)");
        }
    }

    @Test
    void childRolloutReportsOneWorkingDayEarlierWithTheSameCutOff() throws Exception {
        Fixture fixture = plan();
        ReportRound round = rounds.findById(roundId(startRound(fixture, fixture.childRolloutId()))).orElseThrow();

        assertThat(round.getCutOff()).hasToString("2026-03-14");
        assertThat(round.getSubmissionDeadline()).isEqualTo(Instant.parse("2026-03-17T16:59:59Z"));
        assertThat(round.getConsolidationDeadline()).isEqualTo(Instant.parse("2026-03-18T16:59:59Z"));
    }

    @Test
    void allUnitsSubmitAndAreAcceptedThenTheReportIsApprovedAndSent() throws Exception {
        Fixture fixture = plan();
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());
        long roundId = roundId(instance);
        for (String unit : new String[] {"RT-CA", "RT-KP1", "RT-TDP03"}) {
            submit(instance, unit, 2, 1500000, "4");
            review(instance, unit, "accept", null);
        }

        assertThat(instance).hasPassed(ReportingRoundProcess.UNIT_REPORTS).isWaitingAt(ReportingRoundProcess.CONSOLIDATE);
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);
        assertThat(instance).isWaitingAt(ReportingRoundProcess.ASSEMBLE);
        executeJob(instance, ReportingRoundProcess.ASSEMBLE);
        assertThat(task(instance, FINALISE, LEAD_OFFICE)).isNotNull();
        completeAs(LEAD_OFFICE, task(instance, FINALISE, LEAD_OFFICE),
                Map.of("finalNote", "Đủ số liệu.", "keepDraftConfirmed", true));
        completeAs(LEADERSHIP, task(instance, APPROVE, LEADERSHIP), Map.of("decision", "accept"));
        executeJob(instance, ReportingRoundProcess.SEND);

        assertThat(instance).isEnded().hasPassed(ReportingRoundProcess.END);
        assertThat(reports.findByRoundId(roundId)).allSatisfy(report -> {
            assertThat(report.getStatus()).isEqualTo(UnitReportStatus.ACCEPTED);
            assertThat(report.getOnTime()).isTrue();
            assertThat(report.getSubmittedBy()).endsWith(".canbo");
        });
        assertThat(rounds.findById(roundId).orElseThrow().getStatus()).isEqualTo(RoundStatus.SENT);
        assertThat(jdbc.queryForList("select recipient from round_dispatch where round_id = ? order by position",
                String.class, roundId)).as("the report's own nơi nhận, by default upward").containsExactly(
                "Ban Thường vụ Thành ủy (để báo cáo)",
                "Lãnh đạo Ủy ban nhân dân phường Thử Nghiệm (để báo cáo)", "Lưu: VT, PKT");
        assertThat(total(roundId, "fines")).isEqualByComparingTo("4500000");
        assertThat(jdbc.queryForList("select kind || ':' || report_document_id from notification_outbox "
                + "where idempotency_key = ?", String.class, "report-round-" + roundId)).containsExactly("REPORT:"
                + jdbc.queryForObject("select id from report_document where round_id = ? and version = 'FINAL'",
                Long.class, roundId));
    }

    @Test
    void aReturnedReportComesBackWithTheReasonAndIsResubmitted() throws Exception {
        Fixture fixture = plan();
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());
        assertThat(task(instance, SUBMIT_UNIT_REPORT, "rt-ca").getName()).doesNotStartWith("Bị trả lại");
        submit(instance, "RT-CA", 2, 100, "1");
        review(instance, "RT-CA", "return", "Thiếu số liệu tháng 3.");

        Task again = task(instance, SUBMIT_UNIT_REPORT, "rt-ca");
        assertThat(again.getName()).as("the returned report stands out in the list").startsWith("Bị trả lại: Gửi báo cáo");
        assertThat(tasks.getVariable(again.getId(), "previousReturnReason")).isEqualTo("Thiếu số liệu tháng 3.");
        assertThat(tasks.getVariable(again.getId(), "figure_accidents")).isEqualTo(2.0);
        assertThat(tasks.getVariable(again.getId(), "figure_checkpoints")).isEqualTo(1.0);
        UnitReport returned = reports.findByRoundIdAndUnitId(roundId(instance), unitId("RT-CA")).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(UnitReportStatus.RETURNED);

        submit(instance, "RT-CA", 3, 200, "2");
        review(instance, "RT-CA", "accept", null);
        UnitReport accepted = reports.findById(returned.getId()).orElseThrow();
        assertThat(accepted.getStatus()).isEqualTo(UnitReportStatus.ACCEPTED);
        assertThat(accepted.getSubmissions()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select value from unit_report_figure where report_id = ? and metric_key ="
                + " 'accidents'", BigDecimal.class, accepted.getId())).isEqualByComparingTo("3");
        assertThat(accepted.getReturnReason()).isNull();
    }

    @Test
    void atTheConsolidationDeadlineUnitsWithoutAReportAreMissingAndTheRoundGoesOn() throws Exception {
        Fixture fixture = plan();
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());
        long roundId = roundId(instance);
        submit(instance, "RT-KP1", 1, 100, "1");
        review(instance, "RT-KP1", "return", "Số liệu chưa khớp.");
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-19T03:00:00Z")));
        submit(instance, "RT-CA", 5, 700, "3");

        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-19T17:00:00Z")));
        executeJob(instance, ReportingRoundProcess.CONSOLIDATION_DEADLINE);

        assertThat(instance).hasPassed(ReportingRoundProcess.RECORD_MISSING).isWaitingAt(ReportingRoundProcess.CONSOLIDATE);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW_UNIT_REPORT)
                .count()).isZero();
        assertThat(status(roundId, "RT-TDP03")).isEqualTo(UnitReportStatus.MISSING);
        assertThat(status(roundId, "RT-KP1")).isEqualTo(UnitReportStatus.MISSING);
        UnitReport late = reports.findByRoundIdAndUnitId(roundId, unitId("RT-CA")).orElseThrow();
        assertThat(late.getStatus()).isEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(late.getOnTime()).isFalse();

        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);
        executeJob(instance, ReportingRoundProcess.ASSEMBLE);
        assertThat(instance).isWaitingAt(FINALISE);
        assertThat(total(roundId, "accidents")).isEqualByComparingTo("5");
        assertThat(jdbc.queryForObject("select units_reported from round_total where round_id = ? and metric_key ="
                + " 'accidents'", Integer.class, roundId)).isEqualTo(1);
    }

    @Test
    void leadershipReturnsTheReportToFinalisationThenApprovesIt() throws Exception {
        Fixture fixture = plan();
        ProcessInstance instance = startRound(fixture, fixture.rolloutId());
        long roundId = roundId(instance);
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-19T17:00:00Z")));
        executeJob(instance, ReportingRoundProcess.CONSOLIDATION_DEADLINE);
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);
        executeJob(instance, ReportingRoundProcess.ASSEMBLE);
        Task finalise = task(instance, FINALISE, LEAD_OFFICE);
        assertThat(tasks.getVariable(finalise.getId(), "keepDraftConfirmed")).isEqualTo(false);
        assertThat(catchThrowable(() -> completeAs(LEAD_OFFICE, finalise, Map.of("finalNote", "Giữ dự thảo."))))
                .as("a draft nobody edited is not the final without the lead office saying so")
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Giữ nguyên dự thảo do hệ thống lập làm bản hoàn thiện")
                .extracting(refused -> ((FormFieldValidationException) refused).getDetail())
                .isEqualTo("keepDraftConfirmed");
        assertThat(instance).isWaitingAt(FINALISE);
        assertThat(jdbc.queryForObject("select count(*) from report_document where round_id = ? and version = 'FINAL'",
                Integer.class, roundId)).isZero();
        completeAs(LEAD_OFFICE, finalise, Map.of("keepDraftConfirmed", true));

        completeAs(LEADERSHIP, task(instance, APPROVE, LEADERSHIP),
                Map.of("decision", "return", "returnReason", "Bổ sung đánh giá nguyên nhân."));

        Task finaliseAgain = task(instance, FINALISE, LEAD_OFFICE);
        assertThat(tasks.getVariable(finaliseAgain.getId(), "lastReturnReason"))
                .isEqualTo("Bổ sung đánh giá nguyên nhân.");
        assertThat(tasks.getVariable(finaliseAgain.getId(), "keepDraftConfirmed"))
                .as("the tick of the first finalisation does not carry over").isEqualTo(false);
        assertThat(catchThrowable(() -> completeAs(LEAD_OFFICE, finaliseAgain, Map.of("finalNote", "Đã bổ sung."))))
                .as("the draft kept at the first finalisation is still a draft nobody edited")
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Chưa tải lên bản hoàn thiện");
        completeAs(LEAD_OFFICE, finaliseAgain, Map.of("finalNote", "Đã bổ sung.", "keepDraftConfirmed", true));
        Task approveAgain = task(instance, APPROVE, LEADERSHIP);
        assertThat(tasks.getVariable(approveAgain.getId(), "decision")).isNull();
        completeAs(LEADERSHIP, approveAgain, Map.of("decision", "accept"));
        executeJob(instance, ReportingRoundProcess.SEND);

        assertThat(instance).isEnded();
        assertThat(jdbc.queryForList("select step || ':' || decision from round_decision where round_id = ? order by id",
                String.class, roundId)).containsExactly("FINALISE:FINALISED", "APPROVE:RETURNED", "FINALISE:FINALISED",
                "APPROVE:APPROVED");
    }

    private UnitReportStatus status(long roundId, String unitCode) {
        return reports.findByRoundIdAndUnitId(roundId, unitId(unitCode)).orElseThrow().getStatus();
    }

    BigDecimal total(long roundId, String metric) {
        return jdbc.queryForObject("select total from round_total where round_id = ? and metric_key = ?",
                BigDecimal.class, roundId, metric);
    }
}
