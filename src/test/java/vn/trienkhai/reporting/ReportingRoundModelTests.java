package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.reporting.ReportingRoundProcess.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.reporting.store.FinalReports;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * The reporting-round model alone, on an in-memory engine: the expressions bean and the task
 * listeners are the real ones on mocked records (the unit reports are kept in a map); the
 * delegates are mocks. What the delegates write (the round, the reports, the totals, the
 * documents, the dispatch) is checked on the database by ReportingRoundProcessTests.
 */
@Deployment(resources = "processes/reporting-round.bpmn")
class ReportingRoundModelTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long PLAN = 3L;
    static final long ROLLOUT = 7L;
    static final long ROUND = 55L;
    static final List<String> UNITS = List.of("RT-CA", "RT-KP1", "RT-TDP03");
    static final Instant SUBMISSION_DUE = Instant.parse("2026-03-18T16:59:59Z");
    static final Instant CONSOLIDATION_DUE = Instant.parse("2026-03-19T16:59:59Z");
    /** Two working days after the consolidation deadline (Thursday 19 March): Monday 23 March, end of day. */
    static final Instant REPORT_DUE = Instant.parse("2026-03-23T16:59:59Z");
    static final String LEAD_OFFICE = "rt-pkt";
    static final String LEADERSHIP = "rt-ubnd";

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    final RolloutDirectory directory = mock(RolloutDirectory.class);
    final UnitRepository units = mock(UnitRepository.class);
    final ReportRoundRepository rounds = mock(ReportRoundRepository.class);
    final UnitReports reports = mock(UnitReports.class);
    final RoundDecisions decisions = mock(RoundDecisions.class);
    final FinalReports finals = mock(FinalReports.class);
    final JavaDelegate openRound = mock(JavaDelegate.class);
    final JavaDelegate recordMissing = mock(JavaDelegate.class);
    final JavaDelegate consolidate = mock(JavaDelegate.class);
    final JavaDelegate assemble = mock(JavaDelegate.class);
    final JavaDelegate send = mock(JavaDelegate.class);
    /** The unit reports' status and return reason by unit, as UnitReports keeps them. */
    final Map<String, UnitReportStatus> status = new HashMap<>();
    final Map<String, String> reasons = new HashMap<>();
    final TaskService tasks = engine.getTaskService();

    @BeforeEach
    void beans() throws Exception {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-16T01:00:00Z")));
        Rollout rollout = mock(Rollout.class);
        when(directory.rollout(ROLLOUT)).thenReturn(rollout);
        List<OrganisationUnit> participants = UNITS.stream().map(code -> {
            OrganisationUnit unit = mock(OrganisationUnit.class);
            when(unit.getCode()).thenReturn(code);
            when(unit.getCamundaGroupId()).thenReturn(code.toLowerCase());
            when(units.findByCode(code)).thenReturn(Optional.of(unit));
            return unit;
        }).toList();
        when(directory.participantsOf(rollout)).thenReturn(participants);
        when(directory.leadGroupsOf(rollout)).thenReturn(List.of(LEAD_OFFICE));
        when(directory.leadershipGroupOf(rollout)).thenReturn(LEADERSHIP);
        ReportRound round = mock(ReportRound.class);
        when(round.getPlanId()).thenReturn(PLAN);
        when(round.getSubmissionDeadline()).thenReturn(SUBMISSION_DUE);
        when(round.getConsolidationDeadline()).thenReturn(CONSOLIDATION_DUE);
        when(rounds.findById(ROUND)).thenReturn(Optional.of(round));
        keptInAMap();
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(ROUND_ID, ROUND);
            return null;
        }).when(openRound).execute(any());
        DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.loadDefault(), ZONE);
        BEANS.put("reportingRound", new ReportingRoundExpressions(directory, units, rounds, calculator, reports));
        BEANS.put("submitUnitReportListener", new SubmitUnitReportListener(reports));
        BEANS.put("reviewUnitReportListener", new ReviewUnitReportListener(reports));
        BEANS.put("roundReportListener", new RoundReportListener(decisions, mock(RoundConsolidation.class), reports,
                rounds, mock(ReportLinks.class), finals));
        BEANS.put("openRoundDelegate", openRound);
        BEANS.put("recordMissingReportsDelegate", recordMissing);
        BEANS.put("consolidateRoundDelegate", consolidate);
        BEANS.put("assembleReportDelegate", assemble);
        BEANS.put("sendReportDelegate", send);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRoundAsksEveryUnitByTheSubmissionDeadlineThenTheAcceptedReportsAreConsolidatedApprovedAndSent() throws Exception {
        ProcessInstance instance = start();

        verify(openRound).execute(any());
        assertThat(instance).isWaitingAt(SUBMIT_UNIT_REPORT);
        for (String unit : UNITS) {
            assertThat(submitTask(instance, unit)).hasDueDate(Date.from(SUBMISSION_DUE)).hasName("Gửi báo cáo định kỳ");
            assertThat(tasks.createTaskQuery().taskId(submitTask(instance, unit).getId()).initializeFormKeys()
                    .singleResult().getCamundaFormRef().getKey())
                    .as("the plan's own form").isEqualTo(ReportForms.formId(PLAN));
        }
        for (String unit : UNITS) {
            submit(instance, unit);
            Task review = reviewTask(instance, unit);
            assertThat(review).hasCandidateGroup(LEAD_OFFICE).hasDueDate(Date.from(CONSOLIDATION_DUE));
            tasks.complete(review.getId(), Map.of(DECISION, DECISION_ACCEPT));
        }
        verify(reports, times(3)).review(eq(ROUND), anyString(), isNull(), any(), any());

        assertThat(instance).hasPassed(UNIT_REPORTS).hasNotPassed(RECORD_MISSING).isWaitingAt(CONSOLIDATE);
        execute(instance, CONSOLIDATE);
        verify(consolidate).execute(any());
        execute(instance, ASSEMBLE);
        verify(assemble).execute(any());
        Task finalise = task(instance, FINALISE);
        assertThat(finalise).hasCandidateGroup(LEAD_OFFICE).hasDueDate(Date.from(REPORT_DUE));
        tasks.complete(finalise.getId(), Map.of(FINAL_NOTE, "Đủ số liệu.", KEEP_DRAFT_CONFIRMED, true));
        verify(decisions).finalise(eq(ROUND), eq("Đủ số liệu."), any(), any());
        verify(finals).keepDraftUnlessUploaded(eq(ROUND), any(), any(), eq(true));
        Task approve = task(instance, APPROVE);
        assertThat(approve).hasCandidateGroup(LEADERSHIP).hasDueDate(Date.from(REPORT_DUE));
        tasks.complete(approve.getId(), Map.of(DECISION, DECISION_ACCEPT));
        verify(decisions).approve(eq(ROUND), isNull(), any(), any());
        execute(instance, SEND);

        verify(send).execute(any());
        assertThat(instance).hasPassed(END).isEnded();
    }

    @Test
    void aReturnedReportComesBackToTheUnitMarkedWithTheReasonAndIsResubmitted() throws Exception {
        ProcessInstance instance = start();
        assertThat(submitTask(instance, "RT-CA").getName()).doesNotStartWith("Bị trả lại");
        submit(instance, "RT-CA");
        tasks.complete(reviewTask(instance, "RT-CA").getId(),
                Map.of(DECISION, DECISION_RETURN, RETURN_REASON, "Thiếu số liệu tháng 3."));

        verify(reports).review(eq(ROUND), eq("RT-CA"), eq("Thiếu số liệu tháng 3."), any(), any());
        Task again = submitTask(instance, "RT-CA");
        assertThat(again.getName()).as("the returned report stands out in the list").startsWith("Bị trả lại: Gửi báo cáo");
        assertThat(tasks.getVariable(again.getId(), UnitReportFormSchema.PREVIOUS_RETURN_REASON))
                .isEqualTo("Thiếu số liệu tháng 3.");
        submit(instance, "RT-CA");
        tasks.complete(reviewTask(instance, "RT-CA").getId(), Map.of(DECISION, DECISION_ACCEPT));

        assertThat(status).containsEntry("RT-CA", UnitReportStatus.ACCEPTED);
        assertThat(instance).isWaitingAt(SUBMIT_UNIT_REPORT);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count())
                .as("RT-CA is done; the two other units still have their task").isEqualTo(2);
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndTheReviewStaysOpen() throws Exception {
        ProcessInstance instance = start();
        submit(instance, "RT-CA");
        String review = reviewTask(instance, "RT-CA").getId();

        assertThat(catchThrowable(() -> tasks.complete(review, Map.of(DECISION, DECISION_RETURN))))
                .hasStackTraceContaining("Lý do trả lại");
        assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
        verify(reports, never()).review(eq(ROUND), eq("RT-CA"), any(), any(), any());
    }

    @Test
    void atTheConsolidationDeadlineTheMissingReportsAreRecordedAndTheRoundGoesOn() throws Exception {
        ProcessInstance instance = start();
        submit(instance, "RT-KP1");

        Job deadline = management().createJobQuery().activityId(CONSOLIDATION_DEADLINE).singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(CONSOLIDATION_DUE));
        assertThat(management().createJobQuery().executable().count()).as("not due before its time").isZero();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-19T17:00:00Z")));
        management().executeJob(deadline.getId());

        verify(recordMissing).execute(any());
        assertThat(instance).hasPassed(RECORD_MISSING).isWaitingAt(CONSOLIDATE);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count())
                .as("no unit's submission or review is left open").isZero();
        execute(instance, CONSOLIDATE);
        execute(instance, ASSEMBLE);
        assertThat(instance).isWaitingAt(FINALISE);
    }

    @Test
    void leadershipReturnsTheReportToFinalisationWithItsReasonThenApprovesIt() throws Exception {
        when(finals.wouldKeepDraft(ROUND)).thenReturn(true);
        ProcessInstance instance = start();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-19T17:00:00Z")));
        management().executeJob(management().createJobQuery().activityId(CONSOLIDATION_DEADLINE).singleResult().getId());
        execute(instance, CONSOLIDATE);
        execute(instance, ASSEMBLE);

        Task finalise = task(instance, FINALISE);
        assertThat(tasks.getVariable(finalise.getId(), KEEP_DRAFT_CONFIRMED)).isEqualTo(false);
        // the application hands the refusal over unwrapped (system.FormRefusalPlugin, checked in UnitImplementationModelTests)
        assertThat(refusal(catchThrowable(() -> tasks.complete(finalise.getId(), Map.of(FINAL_NOTE, "Giữ dự thảo.")))))
                .as("a draft nobody edited is not the final without the lead office saying so")
                .hasMessageContaining("Giữ nguyên dự thảo do hệ thống lập làm bản hoàn thiện")
                .extracting(refused -> ((FormFieldValidationException) refused).getDetail())
                .isEqualTo(KEEP_DRAFT_CONFIRMED);
        assertThat(instance).isWaitingAt(FINALISE);
        verify(decisions, never()).finalise(any(Long.class), any(), any(), any());
        tasks.complete(finalise.getId(), Map.of(KEEP_DRAFT_CONFIRMED, true));

        when(decisions.lastReturnReason(ROUND)).thenReturn("Bổ sung đánh giá nguyên nhân.");
        tasks.complete(task(instance, APPROVE).getId(),
                Map.of(DECISION, DECISION_RETURN, RETURN_REASON, "Bổ sung đánh giá nguyên nhân."));

        verify(decisions).approve(eq(ROUND), eq("Bổ sung đánh giá nguyên nhân."), any(), any());
        Task finaliseAgain = task(instance, FINALISE);
        assertThat(tasks.getVariable(finaliseAgain.getId(), "lastReturnReason")).isEqualTo("Bổ sung đánh giá nguyên nhân.");
        assertThat(tasks.getVariable(finaliseAgain.getId(), KEEP_DRAFT_CONFIRMED))
                .as("the tick of the first finalisation does not carry over").isEqualTo(false);
        tasks.complete(finaliseAgain.getId(), Map.of(FINAL_NOTE, "Đã bổ sung.", KEEP_DRAFT_CONFIRMED, true));
        Task approveAgain = task(instance, APPROVE);
        assertThat(tasks.getVariable(approveAgain.getId(), DECISION)).isNull();
        tasks.complete(approveAgain.getId(), Map.of(DECISION, DECISION_ACCEPT));
        execute(instance, SEND);

        assertThat(instance).isEnded();
        verify(decisions, times(2)).finalise(eq(ROUND), any(), any(), any());
        verify(decisions).approve(eq(ROUND), isNull(), any(), any());
    }

    private static FormFieldValidationException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException refused) {
                return refused;
            }
        }
        throw new AssertionError("No form refusal in " + thrown);
    }

    private ProcessInstance start() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "round-" + ROLLOUT,
                Map.of(PLAN_ID, PLAN, ROLLOUT_ID, ROLLOUT, ROUND_SEQUENCE, 1));
        execute(instance, UNIT_REPORTS + "#multiInstanceBody");
        return instance;
    }

    private void submit(ProcessInstance instance, String unit) {
        tasks.complete(submitTask(instance, unit).getId(), Map.of(RESULTS, "Đã tổ chức tuần tra, xử lý vi phạm.",
                LIMITATIONS, "Lực lượng còn mỏng."));
    }

    private void keptInAMap() {
        when(reports.find(eq(ROUND), anyString())).thenAnswer(call -> {
            String unit = call.getArgument(1);
            if (!status.containsKey(unit)) {
                return Optional.empty();
            }
            UnitReport report = mock(UnitReport.class);
            when(report.getStatus()).thenReturn(status.get(unit));
            when(report.getReturnReason()).thenReturn(reasons.get(unit));
            return Optional.of(report);
        });
        doAnswer(call -> {
            status.put(call.getArgument(1), UnitReportStatus.SUBMITTED);
            return null;
        }).when(reports).submit(eq(ROUND), anyString(), any(), any(), any());
        doAnswer(call -> {
            String reason = call.getArgument(2);
            status.put(call.getArgument(1), reason == null ? UnitReportStatus.ACCEPTED : UnitReportStatus.RETURNED);
            reasons.put(call.getArgument(1), reason);
            return null;
        }).when(reports).review(eq(ROUND), anyString(), any(), any(), any());
    }

    private Task submitTask(ProcessInstance instance, String unit) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SUBMIT_UNIT_REPORT)
                .taskCandidateGroup(unit.toLowerCase()).singleResult();
    }

    private Task reviewTask(ProcessInstance instance, String unit) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW_UNIT_REPORT).list()
                .stream().filter(task -> unit.equals(tasks.getVariable(task.getId(), UNIT_CODE))).findFirst().orElseThrow();
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private void execute(ProcessInstance instance, String activityId) {
        management().executeJob(management().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult().getId());
    }

    private static org.camunda.bpm.engine.ManagementService management() {
        return engine.getManagementService();
    }
}
