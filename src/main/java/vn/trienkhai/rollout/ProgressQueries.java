package vn.trienkhai.rollout;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rollout's read API over the progress records for other features: counts computed by the database and the
 * records of a few rollouts as plain lines, so that a plan of 10,000 units is counted without loading its
 * 50,000 records as entities.
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {

    private final UnitStageProgressRepository records;

    ProgressQueries(UnitStageProgressRepository records) {
        this.records = records;
    }

    /**
     * Each unit's counts in each of the rollouts. A record is overdue when {@code now} is past its due instant,
     * due soon when open, not overdue and due before {@code dueSoonBefore}.
     */
    public List<StageTally> tallyByUnit(Collection<Long> rolloutIds, Instant now, Instant dueSoonBefore) {
        return rolloutIds.isEmpty() ? List.of() : records.tallyByUnit(rolloutIds, now, dueSoonBefore);
    }

    /** Each rollout's counts, as {@link #tallyByUnit} counts them. */
    public List<StageTally> tallyByRollout(Collection<Long> rolloutIds, Instant now, Instant dueSoonBefore) {
        return rolloutIds.isEmpty() ? List.of() : records.tallyByRollout(rolloutIds, now, dueSoonBefore);
    }

    /** The records of the rollouts, by rollout, unit code and stage. */
    public List<StageLine> lines(Collection<Long> rolloutIds) {
        return rolloutIds.isEmpty() ? List.of() : records.lines(rolloutIds);
    }

    /** Whether the unit has a record in any of the rollouts. */
    public boolean hasUnit(Collection<Long> rolloutIds, String unitCode) {
        return !rolloutIds.isEmpty() && records.existsInRollouts(rolloutIds, unitCode);
    }
}
