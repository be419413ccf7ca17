package vn.trienkhai.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.NotFoundException;

/** The outbox for administrators: what is parked (or pending, or sent), and a resend. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private static final String ADMIN_GROUP = "camunda-admin";
    private static final List<String> STATUSES = List.of("PENDING", "SENT", "PARKED");

    private final NotificationOutbox outbox;
    private final Clock clock;

    NotificationController(NotificationOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping
    List<OutboxMessage> list(@RequestParam(defaultValue = "PARKED") String status,
                             @RequestParam(defaultValue = "100") int limit, CurrentUser user) {
        requireAdministrator(user);
        if (!STATUSES.contains(status)) {
            throw new vn.trienkhai.system.InvalidDocumentException("status", "phải là PENDING, SENT hoặc PARKED");
        }
        return outbox.list(status, Math.max(1, Math.min(limit, 1000)));
    }

    @PostMapping("/{id}/resend")
    ResponseEntity<Void> resend(@PathVariable long id, CurrentUser user) {
        requireAdministrator(user);
        if (!outbox.resend(id, clock.instant())) {
            throw new NotFoundException("Không có thông báo chưa gửi mã " + id);
        }
        return ResponseEntity.accepted().build();
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.isMemberOf(ADMIN_GROUP)) {
            throw new ForbiddenException("Chỉ quản trị viên được xem và gửi lại thông báo");
        }
    }
}
