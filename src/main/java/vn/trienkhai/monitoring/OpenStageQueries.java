package vn.trienkhai.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.rollout.ProgressRecords;
import vn.trienkhai.rollout.Stage;
import vn.trienkhai.rollout.UnitStageProgress;

/**
 * The stages of a rollout's units not completed yet, as a manager reads them (stage label, due date, how many
 * working days late), for other features that report on a rollout: the consolidated report's next period's work.
 */
@Service
@Transactional(readOnly = true)
public class OpenStageQueries {

    /** One unit's stage not completed at {@code at}; {@code workingDaysLate} counts only when {@code overdue}. */
    public record OpenStage(String unitCode, String unitName, Stage stage, String stageLabel, Instant dueAt,
                            boolean overdue, long workingDaysLate) {
    }

    private final ProgressRecords records;
    private final HolidayCalendar calendar;
    private final ZoneId zone;

    OpenStageQueries(ProgressRecords records, HolidayCalendar calendar, ZoneId zone) {
        this.records = records;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** The units' stages not done at {@code at}, units in code order, each unit's stages in their order. */
    public List<OpenStage> of(long rolloutId, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, zone);
        return records.notDone(rolloutId).stream().map(record -> {
            Instant due = record.getDueAt();
            boolean overdue = due != null && at.isAfter(due);
            long late = overdue ? calendar.workingDaysAfter(LocalDate.ofInstant(due, zone), today) : 0;
            return new OpenStage(record.getUnit().getCode(), record.getUnit().getName(), record.getStage(),
                    StageLabels.of(record.getStage()), due, overdue, late);
        }).toList();
    }
}
