package vn.trienkhai.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;

/**
 * The real SMTP server (GreenMail) on a fixed port. It can be taken down and brought back; what every instance
 * received is counted by the outbox's idempotency key ({@code X-Trienkhai-Key}, one header per row a mail carries).
 * GreenMail keeps one copy per recipient, so a row sent once to its recipients counts as many times as it has
 * recipients.
 */
final class MailServer implements AutoCloseable {

    private final int port;
    /** What the instances taken down had received. */
    private final Map<String, Integer> archived = new HashMap<>();
    private GreenMail server;

    MailServer(int port) {
        this.port = port;
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() throws MessagingException {
        count(server, archived);
        server.stop();
        server = null;
    }

    int port() {
        return port;
    }

    boolean isUp() {
        return server != null;
    }

    /** Copies per key received so far, over every instance of the server. */
    Map<String, Integer> received() throws MessagingException {
        Map<String, Integer> all = new HashMap<>(archived);
        count(server, all);
        return all;
    }

    private static void count(GreenMail server, Map<String, Integer> into) throws MessagingException {
        if (server == null) {
            return;
        }
        for (MimeMessage message : server.getReceivedMessages()) {
            String[] keys = message.getHeader("X-Trienkhai-Key");
            for (String key : keys == null ? new String[0] : keys) {
                into.merge(key, 1, Integer::sum);
            }
        }
    }

    @Override
    public void close() throws MessagingException {
        if (server != null) {
            stop();
        }
    }
}
