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
import org.springframework.mail.javamail.JavaMailSender;
import vn.trienkhai.deadline.HolidayCalendar;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    EscalationLadder escalationLadder(HolidayCalendar calendar, ZoneId zone, NotificationProperties properties) {
        return new EscalationLadder(calendar, zone, properties.sendAt());
    }

    @Bean
    OutboxDispatcher outboxDispatcher(NotificationOutbox outbox, OutboxMails mails,
                                      ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
                                      MeterRegistry meters) {
        return new OutboxDispatcher(outbox, mails, mailSender.getIfAvailable(), properties, nodeId(properties), meters);
    }

    @Bean
    TaskLinks taskLinks(@Value("${trienkhai.tasklist-base-url:http://localhost:8080/camunda/app/tasklist/default/}")
                        String baseUrl) {
        return new TaskLinks(baseUrl);
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
