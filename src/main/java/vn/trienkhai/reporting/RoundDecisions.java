package vn.trienkhai.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.plan.ReportRecipients;

/** Finalisation by the lead office, approval or return by leadership, and the sending to the recipients. */
@Service
@Transactional
public class RoundDecisions {

    private static final Logger log = LoggerFactory.getLogger(RoundDecisions.class);
    private static final String DECIDE = "insert into round_decision (round_id, step, decision, reason, decided_by,"
            + " decided_at) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ReportRoundRepository rounds;
    private final PlanRepository plans;

    RoundDecisions(JdbcTemplate jdbc, ReportRoundRepository rounds, PlanRepository plans) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.plans = plans;
    }

    public void finalise(long roundId, String note, String userId, Instant at) {
        jdbc.update(DECIDE, roundId, "FINALISE", "FINALISED", note, userId, Timestamp.from(at));
        round(roundId).moveTo(RoundStatus.FINALISED);
    }

    /** Approves, or with a reason returns the report to the lead office for finalisation. */
    public void approve(long roundId, String returnReason, String userId, Instant at) {
        boolean approved = returnReason == null;
        jdbc.update(DECIDE, roundId, "APPROVE", approved ? "APPROVED" : "RETURNED", returnReason, userId,
                Timestamp.from(at));
        round(roundId).moveTo(approved ? RoundStatus.APPROVED : RoundStatus.CONSOLIDATED);
    }

    /** The reason of leadership's latest return, shown to the lead office when it finalises again. */
    @Transactional(readOnly = true)
    public String lastReturnReason(long roundId) {
        List<String> reasons = jdbc.queryForList("select reason from round_decision where round_id = ? and step ="
                + " 'APPROVE' order by id desc limit 1", String.class, roundId);
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    /** Records the sending to each recipient (nơi nhận) of the report ({@link ReportRecipients}); a retried job records it once. */
    public int send(long roundId, Instant at) {
        ReportRound round = round(roundId);
        if (round.getStatus() == RoundStatus.SENT) {
            return 0;
        }
        List<String> recipients = ReportRecipients.of(plans.findById(round.getPlanId()).orElseThrow());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            rows.add(new Object[] {roundId, i, recipients.get(i), Timestamp.from(at)});
        }
        jdbc.batchUpdate("insert into round_dispatch (round_id, position, recipient, sent_at) values (?, ?, ?, ?)",
                rows);
        round.sent(at);
        log.info("Report of round {} ({}) of plan {} sent to {} recipients", round.getSequence(),
                round.getPeriodLabel(), round.getPlanId(), recipients.size());
        return recipients.size();
    }

    private ReportRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("No reporting round " + roundId));
    }
}
