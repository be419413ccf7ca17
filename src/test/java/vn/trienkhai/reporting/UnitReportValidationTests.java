package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Completions with missing or bad values are refused with the field named, and the task stays open. */
class UnitReportValidationTests extends ReportingProcessTestSupport {

    @Test
    void refusesAMissingFigure() throws Exception {
        Map<String, Object> form = validForm();
        form.remove("figure_fines");
        assertSubmitRefused(form, "Chưa nhập số liệu \"Số tiền phạt\"");
    }

    @Test
    void refusesANegativeFigure() throws Exception {
        Map<String, Object> form = validForm();
        form.put("figure_accidents", -1);
        assertSubmitRefused(form, "Số liệu \"Số vụ tai nạn giao thông\" không được là số âm");
    }

    @Test
    void refusesAMissingFigureOfAMetricThePlanDefinesItself() throws Exception {
        Map<String, Object> form = validForm();
        form.remove("figure_checkpoints");
        assertSubmitRefused(form, "Chưa nhập số liệu \"Số chốt kiểm tra đã lập\"");
    }

    @Test
    void refusesAFigureThatIsNotANumber() throws Exception {
        Map<String, Object> form = validForm();
        form.put("figure_checkpoints", "ba");
        assertSubmitRefused(form, "Số liệu \"Số chốt kiểm tra đã lập\" phải là một số");
    }

    @Test
    void refusesAFigureOfAMetricThePlanDoesNotHave() throws Exception {
        Map<String, Object> form = validForm();
        form.put("figure_deaths", 1);
        assertSubmitRefused(form, "«figure_deaths» không có trong biểu mẫu");
    }

    @Test
    void refusesAFigureOfAMetricThePlanDoesNotHaveEvenFromTheSystem() throws Exception {
        Map<String, Object> form = validForm();
        form.put("figure_deaths", 1);
        ProcessInstance instance = startTopRound();
        Task task = task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, "rt-ca");

        assertRefused(() -> tasks.complete(task.getId(), form), "Chỉ tiêu \"deaths\" không có trong kế hoạch này");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(reports.findByRoundId(roundId(instance))).isEmpty();
    }

    @Test
    void refusesTextThatIsTooLongOrMissing() throws Exception {
        Map<String, Object> form = validForm();
        form.put("proposals", "k".repeat(4001));
        assertSubmitRefused(form, "\"Kiến nghị, đề xuất\" dài quá 4000 ký tự");
        form = validForm();
        form.put("causes", "n".repeat(4001));
        assertSubmitRefused(form, "\"Nguyên nhân\" dài quá 4000 ký tự");
        form = validForm();
        form.put("results", "   ");
        assertSubmitRefused(form, "Chưa nhập \"Kết quả thực hiện\"");
    }

    @Test
    void refusesAReturnWithoutAReasonAtReviewAndAtApproval() throws Exception {
        ProcessInstance instance = startTopRound();
        submit(instance, "RT-CA", 1, 1, "1");
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ReportingRoundProcess.REVIEW_UNIT_REPORT).singleResult();
        assertRefused(() -> completeAs(LEAD_OFFICE, review, Map.of("decision", "return")), "Chưa nhập \"Lý do trả lại\"");
        assertRefused(() -> completeAs(LEAD_OFFICE, review, Map.of()), "Chưa chọn \"Kết quả xem xét\"");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();

        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-03-19T17:00:00Z")));
        executeJob(instance, ReportingRoundProcess.CONSOLIDATION_DEADLINE);
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);
        executeJob(instance, ReportingRoundProcess.ASSEMBLE);
        completeAs(LEAD_OFFICE, task(instance, ReportingRoundProcess.FINALISE, LEAD_OFFICE),
                Map.of("keepDraftConfirmed", true));
        Task approve = task(instance, ReportingRoundProcess.APPROVE, LEADERSHIP);
        assertRefused(() -> completeAs(LEADERSHIP, approve, Map.of("decision", "return", "returnReason", " ")),
                "Chưa nhập \"Lý do trả lại\"");
        assertThat(tasks.createTaskQuery().taskId(approve.getId()).count()).isOne();
    }

    private void assertSubmitRefused(Map<String, Object> form, String message) throws Exception {
        ProcessInstance instance = startTopRound();
        Task task = task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, "rt-ca");
        assertRefused(() -> completeAs("rt-ca", task, form), message);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(reports.findByRoundId(roundId(instance))).isEmpty();
    }

    private static void assertRefused(Runnable completion, String message) {
        assertThat(catchThrowable(completion::run)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(message);
    }

    private static Map<String, Object> validForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("figure_accidents", 1);
        form.put("figure_fines", 2.5);
        form.put("figure_checkpoints", 3);
        form.put("results", "Đã triển khai.");
        return form;
    }
}
