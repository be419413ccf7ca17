package vn.trienkhai.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.trienkhai.deadline.VietnameseDates;

/** Renders the Vietnamese mails from {@code templates/mail/*.html} and {@code *.txt}. */
@Component
class MailRenderer {

    static final DateTimeFormatter DAY = VietnameseDates.DAY;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final int SUBJECT_PART = 120;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailRenderer() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    /** One recipient's notices: "[Quá hạn] Tổ dân phố số 1 – Học tập, quán triệt – hạn 21/12/2026 – KH 08-CT/TU". */
    RenderedMail taskNotices(NoticeMail mail) {
        return render("task-notice", NoticeSubject.of(mail), Map.of("mail", mail));
    }

    RenderedMail digest(DigestMail digest) {
        String subject = "[Tổng hợp] " + digest.overdueCount() + " việc quá hạn, " + digest.dueSoonCount()
                + " việc sắp đến hạn – " + DAY.format(digest.day());
        return render("digest", subject, Map.of("digest", digest, "day", DAY.format(digest.day()),
                "plans", digest.plans()));
    }

    /** An approved report: "[Báo cáo] <trích yếu>", the sending unit, the plan, the nơi nhận; its files attached. */
    RenderedMail report(ReportMailContent report) {
        String subject = "[Báo cáo] " + shorten(report.subject());
        RenderedMail mail = render("report", subject, Map.of("report", report));
        return new RenderedMail(mail.subject(), mail.html(), mail.text(), report.attachments());
    }

    private RenderedMail render(String template, String subject, Map<String, Object> variables) {
        Context context = new Context(VIETNAMESE);
        context.setVariables(variables);
        context.setVariable("subject", subject);
        return new RenderedMail(oneLine(subject), engine.process("mail/" + template + ".html", context),
                engine.process("mail/" + template + ".txt", context));
    }

    private static String shorten(String value) {
        return NoticeSubject.shorten(oneLine(value == null ? "" : value), SUBJECT_PART);
    }

    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
