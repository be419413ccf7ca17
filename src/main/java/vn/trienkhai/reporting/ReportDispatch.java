package vn.trienkhai.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportRecipients;
import vn.trienkhai.reporting.store.DocumentFormat;
import vn.trienkhai.reporting.store.ReportFileNames;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * Sends the approved report: records the sending to the report's nơi nhận ({@link ReportRecipients}) and mails the
 * FINAL (DOCX and PDF) to those who must act on it ({@link ReportAddressees}): the recipients the organisation tree
 * knows an address for and the issuing body's văn thư, who registers and dispatches it.
 */
@Service
@Transactional
public class ReportDispatch {

    private final RoundDecisions decisions;
    private final ReportRoundRepository rounds;
    private final RolloutDirectory directory;
    private final ReportStore store;
    private final ReportMailer mailer;
    private final UnitRepository units;

    ReportDispatch(RoundDecisions decisions, ReportRoundRepository rounds, RolloutDirectory directory,
                   ReportStore store, ReportMailer mailer, UnitRepository units) {
        this.decisions = decisions;
        this.rounds = rounds;
        this.directory = directory;
        this.store = store;
        this.mailer = mailer;
        this.units = units;
    }

    public ReportMail send(long roundId, Instant at) {
        decisions.send(roundId, at);
        ReportRound round = rounds.findById(roundId).orElseThrow();
        Rollout rollout = directory.rollout(round.getRolloutId());
        Plan plan = rollout.getPlan();
        StoredReport report = store.find(roundId, ReportVersion.FINAL)
                .orElseThrow(() -> new IllegalStateException("Round " + roundId + " has no final report"));
        List<ReportMail.Attachment> attachments = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            attachments.add(new ReportMail.Attachment(ReportFileNames.displayName(report, format),
                    format.contentType(), store.content(report.id(), format).orElseThrow()));
        }
        List<OrganisationUnit> tree = units.findAllWithParent();
        ReportMail mail = new ReportMail("report-round-" + roundId, roundId, plan.getId(), report.id(),
                "Báo cáo tổng hợp " + round.getPeriodLabel() + " – " + plan.getIssuingUnit().getName(),
                ReportMailText.body(plan, round, report, attachments, ReportAddressees.clerk(plan, tree)),
                ReportAddressees.of(plan, tree), ReportRecipients.of(plan), attachments);
        mailer.send(mail);
        return mail;
    }
}
