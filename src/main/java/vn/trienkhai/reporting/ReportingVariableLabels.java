package vn.trienkhai.reporting;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.VariableLabelling;

/** The reporting-round model's variables no form shows, as Cockpit's "Thông tin" tab reads them. */
@Component
public class ReportingVariableLabels implements VariableLabelling {

    /** Written by earlier versions of the model; instances that carry them may still run. */
    static final String METRIC_KEYS = "metricKeys";
    static final String OTHER_METRICS_HINT = "otherMetricsHint";

    @Override
    public List<Variable> variables() {
        return List.of(Variable.labelled(ReportingRoundProcess.REPORT_APPROVED, "Báo cáo đã được phê duyệt"),
                Variable.labelled(ReportingRoundProcess.FINAL_NOTE, "Ghi chú khi hoàn thiện báo cáo"),
                Variable.hidden(ReportingRoundProcess.ROUND_ID),
                Variable.hidden(ReportingRoundProcess.REPORT_DOCUMENT_ID),
                Variable.hidden(METRIC_KEYS), Variable.hidden(OTHER_METRICS_HINT));
    }
}
