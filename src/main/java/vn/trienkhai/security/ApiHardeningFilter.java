package vn.trienkhai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Before anything reads an {@code /api} request: answers are never cached and never sniffed,
 * carry HSTS over TLS when enabled, and a body other than a multipart upload (whose limit is
 * Spring's multipart setting) may not exceed the document limit — refused by its declared length
 * before a byte is read, or cut off while it is read.
 */
class ApiHardeningFilter extends HttpFilter {

    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    private final SecurityProperties settings;

    ApiHardeningFilter(SecurityProperties settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (settings.hsts() && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS_VALUE);
        }
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = settings.maxDocumentSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            Problems.bodyTooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
