package vn.trienkhai.holiday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.deadline.Holiday;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;

/**
 * A year's calendar: anyone signed in reads it, administrators replace it. A replacement changes
 * deadlines computed from then on (new rollouts, new plan tasks, report rounds opened later); open
 * tasks' due dates move with it only when the administrator asks ({@code ?moveOpenTasks=true}).
 */
@RestController
@RequestMapping("/api/holidays")
class HolidayController {

    private final HolidayCalendar calendar;
    private final HolidayStore store;
    private final CalendarReplacement replacement;
    private final Clock clock;

    HolidayController(HolidayCalendar calendar, HolidayStore store, CalendarReplacement replacement, Clock clock) {
        this.calendar = calendar;
        this.store = store;
        this.replacement = replacement;
        this.clock = clock;
    }

    @GetMapping("/{year}")
    HolidayYearView year(@PathVariable int year, CurrentUser user) {
        HolidayYearValidator.checkYear(year);
        return HolidayYearView.of(year, calendar, store.storedBy(year).orElse(null));
    }

    @PutMapping("/{year}")
    HolidayYearView replace(@PathVariable int year, @RequestParam(defaultValue = "false") boolean moveOpenTasks,
                            @RequestBody(required = false) HolidayYearRequest request, CurrentUser user) {
        if (!user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị viên được thay lịch ngày nghỉ của một năm");
        }
        String source = "Quản trị viên " + user.userId() + " nhập ngày "
                + DateTimeFormatter.ofPattern("dd/MM/uuuu").format(LocalDate.now(clock));
        List<Holiday> days = HolidayYearValidator.validate(year, request, source);
        DueDateChanges changes = replacement.replace(year, days, user.userId(), clock.instant(), moveOpenTasks);
        HolidayYearView view = year(year, user);
        return changes == null ? view : view.with(changes);
    }
}
