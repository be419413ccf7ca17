package vn.trienkhai.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.notification.MailAttachment;
import vn.trienkhai.notification.ReportMailContent;
import vn.trienkhai.notification.ReportMailSource;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportRecipients;
import vn.trienkhai.reporting.assembly.ReportHeading;
import vn.trienkhai.reporting.store.DocumentFormat;
import vn.trienkhai.reporting.store.ReportFileNames;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.StoredReport;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * What the dispatcher puts in an approved report's mail when it sends it: the trích yếu, the plan, the report's nơi
 * nhận, the văn thư who dispatches it, and the stored document's DOCX and PDF, read from {@link ReportStore} now.
 * Empty when the document or a file is gone.
 */
@Component
class StoredReportMailSource implements ReportMailSource {

    private final ReportStore store;
    private final RolloutDirectory directory;
    private final UnitRepository units;

    StoredReportMailSource(ReportStore store, RolloutDirectory directory, UnitRepository units) {
        this.store = store;
        this.directory = directory;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportMailContent> load(long reportDocumentId) {
        Optional<StoredReport> found = store.find(reportDocumentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredReport report = found.get();
        List<MailAttachment> attachments = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            Optional<byte[]> content = store.content(report.id(), format);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            attachments.add(new MailAttachment(ReportFileNames.displayName(report, format), format.contentType(),
                    content.get()));
        }
        Plan plan = directory.rollout(report.rolloutId()).getPlan();
        return Optional.of(new ReportMailContent(ReportHeading.subject(plan, report.periodLabel()),
                plan.getIssuingUnit().getName(), plan.getSummary(), report.periodLabel(), ReportRecipients.of(plan),
                ReportAddressees.clerk(plan, units.findAllWithParent()),
                report.pdfFromDraft(), attachments));
    }
}
