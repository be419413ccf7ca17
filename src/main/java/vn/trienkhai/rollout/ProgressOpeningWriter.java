package vn.trienkhai.rollout;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;

/** Writes openings: in place in one batch, and a new open record for each one that found none. */
@Component
class ProgressOpeningWriter {

    private final ProgressRows rows;
    private final UnitStageProgressRepository progress;
    private final RolloutRepository rollouts;
    private final UnitRepository units;

    ProgressOpeningWriter(ProgressRows rows, UnitStageProgressRepository progress, RolloutRepository rollouts,
                          UnitRepository units) {
        this.rows = rows;
        this.progress = progress;
        this.rollouts = rollouts;
        this.units = units;
    }

    void write(List<ProgressOpening> openings) {
        for (ProgressOpening missing : rows.open(openings)) {
            UnitStageProgress record = new UnitStageProgress(rollouts.getReferenceById(missing.rolloutId()),
                    unit(missing.unitCode()), missing.stage(), null);
            record.open(missing.dueAt());
            progress.save(record);
        }
    }

    private OrganisationUnit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }
}
