package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
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

    ProgressRecords(UnitStageProgressRepository progress, UnitRepository units, UnitDeadlines deadlines) {
        this.progress = progress;
        this.units = units;
        this.deadlines = deadlines;
    }

    /** Notifies the units: each gets its stages assigned with their due dates. */
    public void assign(Rollout rollout, List<OrganisationUnit> participants) {
        for (OrganisationUnit unit : participants) {
            for (Stage stage : Stage.values()) {
                Instant due = stage == Stage.REVIEW ? null
                        : deadlines.dueAt(rollout, stage).map(ZonedDateTime::toInstant).orElse(null);
                if (progress.find(rollout.getId(), unit.getCode(), stage).isEmpty()) {
                    progress.save(new UnitStageProgress(rollout, unit, stage, due));
                }
            }
            log.info("Rollout {} of plan {}: unit {} notified of its assignment", rollout.getId(),
                    rollout.getPlan().getId(), unit.getCode());
        }
    }

    public void opened(Rollout rollout, String unitCode, Stage stage, Instant dueAt) {
        record(rollout, unitCode, stage).open(dueAt);
    }

    public void completed(Rollout rollout, String unitCode, Stage stage, String userId) {
        record(rollout, unitCode, stage).complete(ClockUtil.getCurrentTime().toInstant(), userId);
    }

    public void returned(Rollout rollout, String unitCode) {
        record(rollout, unitCode, Stage.UNIT_PLAN).returned();
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
