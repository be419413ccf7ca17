package vn.trienkhai.rollout;

import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The rules of each unit-implementation form, re-checked on the server when the task completes. */
@Component
class UnitFormRules {

    static final Set<String> STUDY_FORMATS = Set.of("TRUC_TIEP", "TRUC_TUYEN", "KET_HOP");
    static final Set<String> DECISIONS = Set.of(APPROVE, RETURN);

    private final ZoneId zone;

    UnitFormRules(ZoneId zone) {
        this.zone = zone;
    }

    void check(Stage stage, DelegateTask task) {
        FormCheck form = new FormCheck(task, zone);
        switch (stage) {
            case STUDY:
                form.notInFuture(STUDY_HELD_ON, "Ngày tổ chức học tập, quán triệt");
                form.choice(STUDY_FORMAT, "Hình thức", STUDY_FORMATS);
                form.number(STUDY_PARTICIPANTS, "Số người tham dự", 1, 100_000);
                form.text(STUDY_MINUTES_REF, "Số, ký hiệu biên bản", 200);
                break;
            case DISSEMINATE:
                form.text(DISSEMINATION_CHANNELS, "Hình thức tuyên truyền đã sử dụng", 1_000);
                form.number(DISSEMINATION_SESSIONS, "Số buổi, đợt tuyên truyền", 0, 10_000);
                form.number(PEOPLE_REACHED, "Số lượt người được tuyên truyền", 0, 10_000_000);
                break;
            case UNIT_PLAN:
                form.text(UNIT_PLAN_NUMBER, "Số, ký hiệu kế hoạch", 60);
                form.notInFuture(UNIT_PLAN_DATE, "Ngày ban hành");
                form.text(UNIT_PLAN_SUMMARY, "Trích yếu nội dung", 2_000);
                form.text(UNIT_PLAN_DOCUMENT, "Văn bản (số hiệu lưu trữ hoặc đường dẫn)", 500);
                break;
            case REVIEW:
                if (RETURN.equals(form.choice(REVIEW_DECISION, "Kết quả thẩm định", DECISIONS))) {
                    form.text(RETURN_REASON, "Lý do trả lại", 1_000);
                }
                break;
            default:
                form.text(IMPLEMENTATION_SUMMARY, "Kết quả triển khai thực hiện", 4_000);
                form.notInFuture(IMPLEMENTED_ON, "Ngày báo cáo hoàn thành");
                break;
        }
    }
}
