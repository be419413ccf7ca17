package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.DECISION;
import static vn.trienkhai.reporting.ReportingRoundProcess.DECISION_ACCEPT;
import static vn.trienkhai.reporting.ReportingRoundProcess.DECISION_RETURN;
import static vn.trienkhai.reporting.ReportingRoundProcess.FINALISE;
import static vn.trienkhai.reporting.ReportingRoundProcess.FINAL_NOTE;
import static vn.trienkhai.reporting.ReportingRoundProcess.KEEP_DRAFT_CONFIRMED;
import static vn.trienkhai.reporting.ReportingRoundProcess.REPORT_APPROVED;
import static vn.trienkhai.reporting.ReportingRoundProcess.RETURN_REASON;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.reporting.store.FinalReports;
import vn.trienkhai.system.EngineClock;

/**
 * The consolidated report's two tasks: the lead office finalises it (with an optional note), then
 * leadership approves it or returns it with a reason, which goes back to finalisation. Both forms link to the
 * round's report documents; finalisation without an uploaded final keeps the draft as the final, only when the lead
 * office ticks {@code keepDraftConfirmed} (a draft nobody edited is not sent without the office saying so).
 */
@Component
class RoundReportListener implements TaskListener {

    static final int TEXT_MAX = 2000;
    static final String KEEP_DRAFT_LABEL = "Giữ nguyên dự thảo do hệ thống lập làm bản hoàn thiện";
    static final String UNCONFIRMED_DRAFT = "Chưa tải lên bản hoàn thiện đã chỉnh sửa: hãy tải lên bản Word đã chỉnh sửa,"
            + " hoặc đánh dấu \"" + KEEP_DRAFT_LABEL + "\" để gửi dự thảo như hệ thống đã lập";

    private final RoundDecisions decisions;
    private final RoundConsolidation consolidation;
    private final UnitReports reports;
    private final ReportRoundRepository rounds;
    private final ReportLinks links;
    private final FinalReports finals;

    RoundReportListener(RoundDecisions decisions, RoundConsolidation consolidation, UnitReports reports,
                        ReportRoundRepository rounds, ReportLinks links, FinalReports finals) {
        this.decisions = decisions;
        this.consolidation = consolidation;
        this.reports = reports;
        this.rounds = rounds;
        this.links = links;
        this.finals = finals;
    }

    @Override
    public void notify(DelegateTask task) {
        long roundId = EngineContext.roundId(task);
        boolean finalising = FINALISE.equals(task.getTaskDefinitionKey());
        if (EngineContext.isCreate(task)) {
            task.getExecution().setVariablesLocal(form(roundId, finalising));
        } else if (finalising) {
            String note = FormRules.optionalText(task, FINAL_NOTE, "Ý kiến hoàn thiện báo cáo", TEXT_MAX);
            boolean confirmed = FormRules.tick(task, KEEP_DRAFT_CONFIRMED, KEEP_DRAFT_LABEL);
            if (!confirmed && finals.wouldKeepDraft(roundId)) {
                throw FormRules.refuse(KEEP_DRAFT_CONFIRMED, UNCONFIRMED_DRAFT);
            }
            decisions.finalise(roundId, note, EngineContext.userId(task), EngineClock.now());
            finals.keepDraftUnlessUploaded(roundId, EngineContext.userId(task), EngineClock.now(), confirmed);
        } else {
            String decision = FormRules.choice(task, DECISION, "Ý kiến phê duyệt", DECISION_ACCEPT, DECISION_RETURN);
            String reason = DECISION_RETURN.equals(decision)
                    ? FormRules.requiredText(task, RETURN_REASON, "Lý do trả lại", TEXT_MAX)
                    : null;
            decisions.approve(roundId, reason, EngineContext.userId(task), EngineClock.now());
            task.getExecution().setVariable(REPORT_APPROVED, reason == null);
        }
    }

    private Map<String, Object> form(long roundId, boolean finalising) {
        ReportRound round = rounds.findById(roundId).orElseThrow();
        Map<String, Object> form = new HashMap<>();
        form.put("roundSummary", ReportSummaries.round(round, consolidation.storedTotals(roundId),
                reports.metricsOf(roundId)));
        form.putAll(links.of(roundId));
        if (finalising) {
            form.put(FINAL_NOTE, null);
            form.put(KEEP_DRAFT_CONFIRMED, false);
            form.put("finalUploaded", !finals.wouldKeepDraft(roundId));
            form.put("lastReturnReason", decisions.lastReturnReason(roundId));
        } else {
            form.put(DECISION, null);
            form.put(RETURN_REASON, null);
        }
        return form;
    }
}
