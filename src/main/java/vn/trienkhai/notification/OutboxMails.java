package vn.trienkhai.notification;

import org.springframework.stereotype.Component;

/** The mail of an outbox row: as stored (the digest), or a task notice rendered now from its facts. */
@Component
class OutboxMails {

    private final MailRenderer renderer;
    private final TaskLinks links;

    OutboxMails(MailRenderer renderer, TaskLinks links) {
        this.renderer = renderer;
        this.links = links;
    }

    RenderedMail of(OutboxMessage message) {
        PendingNotice notice = message.notice();
        if (notice == null) {
            return new RenderedMail(message.subject(), message.html(), message.text());
        }
        return renderer.taskNotice(notice.withLink(links.task(notice.taskId())));
    }
}
