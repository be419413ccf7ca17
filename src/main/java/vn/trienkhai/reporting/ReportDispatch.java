package vn.trienkhai.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.reporting.store.DocumentFormat;
import vn.trienkhai.reporting.store.ReportFileNames;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * Sends the approved report: records the sending to the plan's nơi nhận and mails the FINAL (DOCX and PDF). The
 * plan's recipients are free text, so the mail goes to units the system knows: the unit that approves (the plan's
 * issuing unit, or the cascading unit for a child rollout) and the round's lead units, each at its own address and
 * its head's, without duplicates or blanks.
 */
@Service
@Transactional
public class ReportDispatch {

    private final RoundDecisions decisions;
    private final ReportRoundRepository rounds;
    private final RolloutDirectory directory;
    private final ReportStore store;
    private final ReportMailer mailer;

    ReportDispatch(RoundDecisions decisions, ReportRoundRepository rounds, RolloutDirectory directory,
                   ReportStore store, ReportMailer mailer) {
        this.decisions = decisions;
        this.rounds = rounds;
        this.directory = directory;
        this.store = store;
        this.mailer = mailer;
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
        List<ReportMail.Recipient> recipients = recipients(rollout);
        ReportMail mail = new ReportMail("report-round-" + roundId, roundId, plan.getId(), report.id(),
                "Báo cáo tổng hợp " + round.getPeriodLabel() + " – " + plan.getIssuingUnit().getName(),
                ReportMailText.body(plan, round, report, attachments), recipients, plan.getRecipients(), attachments);
        mailer.send(mail);
        return mail;
    }

    static List<ReportMail.Recipient> recipients(Rollout rollout) {
        List<OrganisationUnit> units = new ArrayList<>();
        if (rollout.getLeadUnit() == null) {
            units.add(rollout.getPlan().getIssuingUnit());
            units.addAll(rollout.getPlan().getLeadUnits());
        } else {
            units.add(rollout.getLeadUnit());
        }
        Map<String, ReportMail.Recipient> byAddress = new LinkedHashMap<>();
        for (OrganisationUnit unit : units) {
            add(byAddress, unit.getName(), unit.getEmail());
            add(byAddress, unit.getHeadName(), unit.getHeadEmail());
        }
        return List.copyOf(byAddress.values());
    }

    private static void add(Map<String, ReportMail.Recipient> byAddress, String name, String email) {
        if (email != null && !email.isBlank()) {
            byAddress.putIfAbsent(email.strip().toLowerCase(java.util.Locale.ROOT),
                    new ReportMail.Recipient(name, email.strip()));
        }
    }
}
