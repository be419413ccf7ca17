package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;

/** The progress records (unit × stage) of a rollout, kept in step with the unit tasks. */
@Service
@Transactional
public class ProgressRecords {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecords.class);

    private final UnitStageProgressRepository progress;
    private final UnitRepository units;
    private final UnitDeadlines deadlines;
    private final ProgressRows rows;

    ProgressRecords(UnitStageProgressRepository progress, UnitRepository units, UnitDeadlines deadlines,
                    ProgressRows rows) {
        this.progress = progress;
        this.units = units;
        this.deadlines = deadlines;
        this.rows = rows;
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
     * The unit's task for the stage is open: one update statement, so that a rollout creating
     * thousands of tasks in one transaction neither loads their records nor flushes per task.
     */
    public void opened(Rollout rollout, String unitCode, Stage stage, Instant dueAt) {
        if (rows.open(rollout.getId(), unitCode, stage, dueAt) == 0) {
            record(rollout, unitCode, stage).open(dueAt);
        }
    }

    public void completed(Rollout rollout, String unitCode, Stage stage, String userId) {
        record(rollout, unitCode, stage).complete(ClockUtil.getCurrentTime().toInstant(), userId);
    }

    /** Flushed at once: the returned plan's submission task opens the same record in place next. */
    public void returned(Rollout rollout, String unitCode) {
        record(rollout, unitCode, Stage.UNIT_PLAN).returned();
        progress.flush();
    }

    @Transactional(readOnly = true)
    public List<UnitStageProgress> of(long rolloutId) {
        return progress.findByRollout(rolloutId);
    }

    private UnitStageProgress record(Rollout rollout, String unitCode, Stage stage) {
        return progress.find(rollout.getId(), unitCode, stage).orElseGet(() -> progress.save(
                new UnitStageProgress(rollout, unit(unitCode), stage, null)));
    }

    private OrganisationUnit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }
}
