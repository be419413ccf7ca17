package vn.trienkhai.plantask;

import static vn.trienkhai.plantask.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.trienkhai.rollout.FormCheck;

/** The rules of the plan-task forms, re-checked on the server when a task completes. */
@Component
class PlanTaskFormRules {

    static final Set<String> STATES = Set.of(DONE, IN_PROGRESS);
    static final Set<String> DECISIONS = Set.of(APPROVE, RETURN);
    static final String OUTPUT_NUMBER_LABEL = "Sản phẩm: số, ký hiệu văn bản";

    private final ZoneId zone;

    PlanTaskFormRules(ZoneId zone) {
        this.zone = zone;
    }

    /** The lead's submission; null when the lead only saved its progress (the note is then returned by {@link #progressNote}). */
    TaskResult result(VariableScope variables) {
        FormCheck form = new FormCheck(variables, zone);
        if (IN_PROGRESS.equals(form.choice(TASK_STATE, "Tình trạng", STATES))) {
            return null;
        }
        String summary = form.text(RESULT_SUMMARY, "Kết quả đã thực hiện", 4_000);
        String number = optionalText(variables, form, OUTPUT_NUMBER, OUTPUT_NUMBER_LABEL, 60);
        String reference = optionalText(variables, form, OUTPUT_REFERENCE, "Sản phẩm: đường dẫn hoặc số hiệu lưu trữ", 500);
        if (number == null && reference == null) {
            throw FormCheck.refuse(OUTPUT_NUMBER_LABEL,
                    "hãy nhập số, ký hiệu và ngày văn bản, hoặc đường dẫn/số hiệu lưu trữ của sản phẩm");
        }
        LocalDate documentDate = number == null ? null : form.notInFuture(OUTPUT_DATE, "Ngày ban hành văn bản");
        LocalDate finishedOn = form.notInFuture(FINISHED_ON, "Ngày hoàn thành");
        return new TaskResult(summary, number, documentDate, reference, finishedOn);
    }

    String progressNote(VariableScope variables) {
        return new FormCheck(variables, zone).text(PROGRESS_NOTE, "Tiến độ thực hiện", 2_000);
    }

    String contribution(VariableScope variables) {
        return new FormCheck(variables, zone).text(CONTRIBUTION, "Nội dung phối hợp đã thực hiện", 2_000);
    }

    String stateReport(VariableScope variables) {
        return new FormCheck(variables, zone).text(TASK_STATE_REPORT, "Tình hình thực hiện trong kỳ", 2_000);
    }

    /** The return reason, or null when the result is accepted. */
    String returnReason(VariableScope variables) {
        FormCheck form = new FormCheck(variables, zone);
        if (RETURN.equals(form.choice(REVIEW_DECISION, "Kết quả xem xét", DECISIONS))) {
            return form.text(RETURN_REASON, "Lý do trả lại", 1_000);
        }
        return null;
    }

    private static String optionalText(VariableScope variables, FormCheck form, String name, String label, int maxLength) {
        Object value = variables.getVariable(name);
        return value instanceof String text && !text.isBlank() ? form.text(name, label, maxLength) : null;
    }
}
