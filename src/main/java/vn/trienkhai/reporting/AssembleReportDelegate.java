package vn.trienkhai.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.reporting.assembly.ReportAssembly;
import vn.trienkhai.reporting.store.StoredReport;
import vn.trienkhai.system.EngineClock;

/** Writes the consolidated round's report (DOCX and PDF), stores it as the DRAFT and puts its id into the process. */
@Component
class AssembleReportDelegate implements JavaDelegate {

    private final ReportAssembly assembly;

    AssembleReportDelegate(ReportAssembly assembly) {
        this.assembly = assembly;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StoredReport draft = assembly.assemble(EngineContext.roundId(execution), EngineClock.now());
        execution.setVariable(ReportingRoundProcess.REPORT_DOCUMENT_ID, draft.id());
    }
}
