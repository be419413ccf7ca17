package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.system.EngineClock;

/** The progress records (unit × stage) of a rollout, kept in step with the unit tasks. */
@Service
@Transactional
public class ProgressRecords {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecords.class);

    private final UnitStageProgressRepository progress;
    private final UnitRepository units;
    private final UnitDeadlines deadlines;
    private final ProgressRows rows;
    private final PendingOpenings pending;

    ProgressRecords(UnitStageProgressRepository progress, UnitRepository units, UnitDeadlines deadlines,
                    ProgressRows rows, PendingOpenings pending) {
        this.progress = progress;
        this.units = units;
        this.deadlines = deadlines;
        this.rows = rows;
        this.pending = pending;
    }

    /** Notifies the units: each gets its stages assigned with their due dates, in one batch. */
    public void assign(Rollout rollout, List<OrganisationUnit> participants) {
        Map<Stage, Instant> dueByStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (stage != Stage.REVIEW) {
                deadlines.dueAt(rollout, stage).map(ZonedDateTime::toInstant).ifPresent(due -> dueByStage.put(stage, due));
            }
        }
        rows.insertAssigned(rollout.getId(), participants, dueByStage);
        log.info("Rollout {} of plan {}: {} units notified of their assignment", rollout.getId(),
                rollout.getPlan().getId(), participants.size());
    }

    /**
     * The unit's task for the stage is open. The record is updated in place together with the
     * other openings of the transaction, in one batch just before it commits, so that a rollout
     * creating thousands of tasks in one transaction neither loads their records nor makes a
     * round trip per task. A missing record is created then.
     */
    public void opened(long rolloutId, String unitCode, Stage stage, Instant dueAt) {
        pending.add(new ProgressOpening(rolloutId, unitCode, stage, dueAt));
    }

    public void completed(Rollout rollout, String unitCode, Stage stage, String userId) {
        record(rollout, unitCode, stage).complete(EngineClock.now(), userId);
    }

    /** The open task's due date moved: the record follows, so monitoring and on-time counting do too. */
    public void dueMoved(long rolloutId, String unitCode, Stage stage, Instant dueAt) {
        pending.writeNow();
        progress.find(rolloutId, unitCode, stage).ifPresent(record -> record.moveDue(dueAt));
    }

    /** Flushed at once: the returned plan's submission task opens the same record in place next. */
    public void returned(Rollout rollout, String unitCode) {
        record(rollout, unitCode, Stage.UNIT_PLAN).returned();
        progress.flush();
    }

    @Transactional(readOnly = true)
    public List<UnitStageProgress> of(long rolloutId) {
        pending.writeNow();
        return progress.findByRollout(rolloutId);
    }

    /** The records not done yet (assigned, open or returned), units in code order, stages in their order. */
    @Transactional(readOnly = true)
    public List<UnitStageProgress> notDone(long rolloutId) {
        pending.writeNow();
        return progress.findOpenByRollout(rolloutId);
    }

    /** Writes the transaction's pending openings first, so that the query sees them. */
    private UnitStageProgress record(Rollout rollout, String unitCode, Stage stage) {
        pending.writeNow();
        return progress.find(rollout.getId(), unitCode, stage).orElseGet(() -> progress.save(
                new UnitStageProgress(rollout, unit(unitCode), stage, null)));
    }

    private OrganisationUnit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }
}
