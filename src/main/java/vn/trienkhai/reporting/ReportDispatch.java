package vn.trienkhai.reporting;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportRecipients;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;
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
        Plan plan = directory.rollout(round.getRolloutId()).getPlan();
        StoredReport report = store.find(roundId, ReportVersion.FINAL)
                .orElseThrow(() -> new IllegalStateException("Round " + roundId + " has no final report"));
        ReportMail mail = new ReportMail("report-round-" + roundId, roundId, plan.getId(), report.id(),
                ReportAddressees.of(plan, units.findAllWithParent()), ReportRecipients.of(plan));
        mailer.send(mail);
        return mail;
    }
}
