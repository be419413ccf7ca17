package vn.trienkhai.reporting.store;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names of downloaded reports, e.g. "Báo cáo tổng hợp Quý III-2026 (dự thảo).docx", sent as a
 * {@code Content-Disposition} with an ASCII {@code filename} for old clients and the Vietnamese name in
 * {@code filename*} (RFC 6266, RFC 5987: UTF-8, percent-encoded).
 */
public final class ReportFileNames {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ReportFileNames() {
    }

    public static String displayName(StoredReport report, DocumentFormat format) {
        String name = "Báo cáo tổng hợp " + report.periodLabel()
                + (report.version() == ReportVersion.DRAFT ? " (dự thảo)" : "");
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        return Normalizer.normalize(safe, Normalizer.Form.NFC) + "." + format.extension();
    }

    static String contentDisposition(StoredReport report, DocumentFormat format) {
        String name = displayName(report, format);
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** Diacritics dropped (đ as d), anything else but letters, digits and dots as a hyphen, lower case. */
    static String ascii(String name) {
        String bare = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("-+\\.", ".")
                .replaceAll("^-|-$", "");
    }

    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
