package vn.trienkhai.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.javamail.JavaMailSender;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.notification.extension.ExtensionProcess;
import vn.trienkhai.security.FormOnlyStart;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /** An extension is asked for only through its start form, never by a generic start. */
    @Bean
    static FormOnlyStart extensionStartsFromItsForm() {
        return new FormOnlyStart(ExtensionProcess.KEY);
    }

    @Bean
    EscalationLadder escalationLadder(HolidayCalendar calendar, ZoneId zone, NotificationProperties properties) {
        return new EscalationLadder(calendar, zone, properties.sendAt());
    }

    @Bean
    OutboxDispatcher outboxDispatcher(NotificationOutbox outbox, OutboxMails mails,
                                      ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
                                      WorkingHours hours, MeterRegistry meters) {
        return new OutboxDispatcher(outbox, mails, mailSender.getIfAvailable(), properties, hours, nodeId(properties),
                meters);
    }

    @Bean
    WorkingHours workingHours(HolidayCalendar calendar, ZoneId zone, NotificationProperties properties) {
        NotificationProperties.Office office = properties.office();
        return office.holdOutsideHours() ? new WorkingHours(calendar, zone, office.opensAt(), office.closesAt())
                : WorkingHours.always(calendar, zone);
    }

    @Bean
    TaskLinks taskLinks(@Value("${trienkhai.public-url:}") String publicUrl, Environment environment) {
        return TaskLinks.of(publicUrl, environment.acceptsProfiles(Profiles.of("demo")));
    }

    private static String nodeId(NotificationProperties properties) {
        String configured = properties.dispatch().nodeId();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException exception) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
