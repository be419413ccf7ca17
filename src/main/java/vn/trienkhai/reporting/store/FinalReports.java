package vn.trienkhai.reporting.store;

import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.trienkhai.reporting.ReportRoundRepository;
import vn.trienkhai.reporting.RoundStatus;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.NotFoundException;

/**
 * The FINAL version of a round's report. While the round waits for finalisation the lead office may upload an
 * edited DOCX; the FINAL then keeps the draft's PDF, flagged {@code pdfFromDraft} (a DOCX cannot be rendered to PDF
 * here without an office suite). When finalisation completes without an upload, the draft becomes the FINAL, and only
 * when the lead office said so: a draft nobody edited is not sent as the final by default.
 */
@Service
@Transactional
public class FinalReports {

    private final ReportStore store;
    private final ReportAccess access;
    private final ReportRoundRepository rounds;
    private final DataSize maxUpload;

    FinalReports(ReportStore store, ReportAccess access, ReportRoundRepository rounds,
                 @Value("${trienkhai.reports.max-upload-size:10MB}") DataSize maxUpload) {
        this.store = store;
        this.access = access;
        this.rounds = rounds;
        this.maxUpload = maxUpload;
    }

    /** Stores the uploaded DOCX as the FINAL of the round of report {@code reportId}. */
    public StoredReport upload(long reportId, byte[] docx, CurrentUser user, Instant at) {
        StoredReport report = store.find(reportId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo " + reportId));
        if (!access.canFinalise(user, report)) {
            throw new ForbiddenException("Chỉ cơ quan chủ trì mới được tải lên bản hoàn thiện của báo cáo này");
        }
        if (rounds.findById(report.roundId()).orElseThrow().getStatus() != RoundStatus.CONSOLIDATED) {
            throw new ConflictException("Báo cáo của kỳ này không còn ở bước hoàn thiện");
        }
        if (docx != null && docx.length > maxUpload.toBytes()) {
            throw new UploadTooLargeException("Tệp vượt quá dung lượng cho phép (" + maxUpload.toMegabytes() + " MB).");
        }
        DocxCheck.requireDocx(docx);
        StoredReport draft = store.find(report.roundId(), ReportVersion.DRAFT).orElseThrow();
        byte[] pdf = store.content(draft.id(), DocumentFormat.PDF).orElseThrow();
        return store.save(new NewReport(draft.planId(), draft.rolloutId(), draft.roundId(), draft.processInstanceId(),
                ReportVersion.FINAL, docx, pdf, true, user.userId(), at));
    }

    /**
     * Whether finalising now would send the generated draft as it is: nothing uploaded, or only the draft kept at an
     * earlier finalisation (a report leadership returned and nobody edited since). An uploaded FINAL is the one
     * that keeps the draft's PDF; a kept draft does not.
     */
    public boolean wouldKeepDraft(long roundId) {
        return store.find(roundId, ReportVersion.FINAL).map(FinalReports::isKeptDraft).orElse(true);
    }

    private static boolean isKeptDraft(StoredReport report) {
        return !report.pdfFromDraft();
    }

    /**
     * At the end of finalisation: the FINAL uploaded, or else the draft unchanged, which only the lead office's
     * explicit confirmation lets through ({@code draftConfirmed}); without it {@link UnconfirmedDraftException}.
     */
    public StoredReport keepDraftUnlessUploaded(long roundId, String userId, Instant at, boolean draftConfirmed) {
        if (!draftConfirmed && wouldKeepDraft(roundId)) {
            throw new UnconfirmedDraftException(roundId);
        }
        return store.find(roundId, ReportVersion.FINAL).orElseGet(() -> {
            StoredReport draft = store.find(roundId, ReportVersion.DRAFT)
                    .orElseThrow(() -> new IllegalStateException("Round " + roundId + " has no draft report"));
            return store.save(new NewReport(draft.planId(), draft.rolloutId(), roundId, draft.processInstanceId(),
                    ReportVersion.FINAL, store.content(draft.id(), DocumentFormat.DOCX).orElseThrow(),
                    store.content(draft.id(), DocumentFormat.PDF).orElseThrow(), false, userId, at));
        });
    }

    /** The generated draft would become the FINAL and nobody confirmed that it should. */
    public static class UnconfirmedDraftException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        UnconfirmedDraftException(long roundId) {
            super("Round " + roundId + ": the unedited draft is kept as the final only when the lead office confirms it");
        }
    }
}
