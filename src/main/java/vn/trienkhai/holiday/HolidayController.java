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
import vn.trienkhai.system.InvalidDocumentException;

/**
 * A year's calendar: anyone signed in reads it, administrators replace it. A replacement changes
 * deadlines computed from then on (new rollouts, new plan tasks, report rounds opened later); it
 * never moves a due date already set on an open task.
 */
@RestController
@RequestMapping("/api/holidays")
class HolidayController {

    private final HolidayCalendar calendar;
    private final HolidayStore store;
    private final StoredHolidays stored;
    private final Clock clock;

    HolidayController(HolidayCalendar calendar, HolidayStore store, StoredHolidays stored, Clock clock) {
        this.calendar = calendar;
        this.store = store;
        this.stored = stored;
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
        if (moveOpenTasks) {
            throw new InvalidDocumentException("moveOpenTasks", "chưa hỗ trợ dời hạn của công việc đang mở theo lịch"
                    + " mới; gửi lại không kèm tham số này (mặc định không dời hạn nào), rồi sửa hạn từng công việc"
                    + " nếu cần");
        }
        String source = "Quản trị viên " + user.userId() + " nhập ngày "
                + DateTimeFormatter.ofPattern("dd/MM/uuuu").format(LocalDate.now(clock));
        List<Holiday> days = HolidayYearValidator.validate(year, request, source);
        store.replace(year, days, user.userId(), clock.instant());
        stored.refreshIfChanged();
        return year(year, user);
    }
}
