package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Issue 16: a pass through a long backlog (ten thousand notices after an outage) outlasts the lease. Each batch's
 * lease must count from its own claim, or the other node claims, and sends again, the rows this one is sending. A mail
 * sent just before the database went away is marked sent when it is back, within the lease.
 */
class OutboxDispatcherLeaseTests {

    private static final Instant PASS = Instant.parse("2026-12-07T03:00:00Z");
    private static final Duration SLOW_SMTP = Duration.ofMillis(300);

    private final NotificationOutbox outbox = mock(NotificationOutbox.class);
    private final OutboxMails mails = mock(OutboxMails.class);
    private final JavaMailSender smtp = mock(JavaMailSender.class);
    private final WorkingHours hours = mock(WorkingHours.class);

    @Test
    void aLaterBatchIsLeasedFromItsOwnClaimNotFromThePassStart() throws Exception {
        givenSmtp(SLOW_SMTP);
        when(outbox.claim(anyString(), anyInt(), any(), any(), anyBoolean()))
                .thenReturn(List.of(row(1)), List.of(row(2)), List.of());
        when(outbox.markSent(anyLong(), anyString(), any())).thenReturn(true);

        assertThat(dispatcher(Duration.ofMinutes(5)).dispatch(PASS)).isEqualTo(2);

        ArgumentCaptor<Instant> claimedAt = ArgumentCaptor.forClass(Instant.class);
        ArgumentCaptor<Instant> lockedUntil = ArgumentCaptor.forClass(Instant.class);
        verify(outbox, times(3)).claim(eq("node-a"), eq(50), claimedAt.capture(), lockedUntil.capture(), eq(true));
        assertThat(claimedAt.getAllValues().get(0)).isBetween(PASS, PASS.plus(SLOW_SMTP));
        assertThat(claimedAt.getAllValues().get(1)).isAfterOrEqualTo(PASS.plus(SLOW_SMTP));
        assertThat(lockedUntil.getAllValues().get(1)).isEqualTo(claimedAt.getAllValues().get(1).plus(Duration.ofMinutes(5)));
    }

    @Test
    void aMailSentWhileTheDatabaseRestartsIsMarkedSentOnceItIsBack() throws Exception {
        givenSmtp(Duration.ZERO);
        when(outbox.claim(anyString(), anyInt(), any(), any(), anyBoolean())).thenReturn(List.of(row(1)), List.of());
        when(outbox.markSent(anyLong(), anyString(), any())).thenThrow(new CannotCreateTransactionException("down"))
                .thenThrow(new CannotGetJdbcConnectionException("still down")).thenReturn(true);

        assertThat(dispatcher(Duration.ofMinutes(5)).dispatch(PASS)).isEqualTo(1);

        verify(outbox, times(3)).markSent(eq(1L), eq("node-a"), any());
        verify(smtp, times(1)).send(any(MimeMessage.class));
    }

    @Test
    void aDatabaseAwayLongerThanTheLeaseEndsThePassWithItsError() throws Exception {
        givenSmtp(Duration.ZERO);
        when(outbox.claim(anyString(), anyInt(), any(), any(), anyBoolean())).thenReturn(List.of(row(1)), List.of());
        when(outbox.markSent(anyLong(), anyString(), any())).thenThrow(new CannotGetJdbcConnectionException("down"));

        OutboxDispatcher dispatcher = dispatcher(Duration.ofMillis(1500));
        assertThatThrownBy(() -> dispatcher.dispatch(PASS)).isInstanceOf(CannotGetJdbcConnectionException.class);
        verify(outbox, times(1)).claim(anyString(), anyInt(), any(), any(), anyBoolean());
    }

    private void givenSmtp(Duration delay) throws Exception {
        when(hours.isOpen(any())).thenReturn(true);
        when(smtp.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
        doAnswer(call -> {
            Thread.sleep(delay.toMillis());
            return null;
        }).when(smtp).send(any(MimeMessage.class));
        when(mails.of(any(), any())).thenReturn(new RenderedMail("Nhắc việc", "<p>x</p>", "x"));
    }

    private OutboxDispatcher dispatcher(Duration lease) {
        var properties = new NotificationProperties("trienkhai <khong-tra-loi@trienkhai.local>", LocalTime.of(8, 0),
                Duration.ofMinutes(1), new NotificationProperties.Ladder(3, 1, 2, 5, 7),
                new NotificationProperties.Dispatch(true, 50, 8, Duration.ofSeconds(30), Duration.ofHours(2), lease,
                        Duration.ofHours(1), "node-a"),
                new NotificationProperties.Digest(true, "0 0 7 * * MON-FRI"),
                new NotificationProperties.Office(LocalTime.of(7, 30), LocalTime.of(17, 0), true));
        return new OutboxDispatcher(outbox, mails, smtp, properties, hours, "node-a", new SimpleMeterRegistry());
    }

    private static OutboxMessage row(long id) {
        return new OutboxMessage(id, "key-" + id, "REPORT", List.of("don-vi-" + id + "@trienkhai.local"), "s", "h", "t",
                "PENDING", 0, PASS, null, PASS, null, null, null);
    }
}
