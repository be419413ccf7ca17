package vn.trienkhai.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes RFC 9457 problem responses from servlet filters, where no controller advice applies. */
final class Problems {

    static final String REALM_HEADER = "Basic realm=\"trienkhai\"";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM_HEADER);
        write(request, response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập",
                "Yêu cầu này cần tài khoản của hệ thống. Vui lòng đăng nhập hoặc gửi tên đăng nhập và mật khẩu.");
    }

    /** Credentials were sent but refused; the answer reveals nothing about the account. */
    static void credentialsRefused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM_HEADER);
        write(request, response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập",
                "Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại; nếu quên mật khẩu, "
                        + "hãy đề nghị quản trị viên đặt lại.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Không được phép",
                "Chức năng khởi tạo quản trị viên đã bị tắt trên hệ thống này.");
    }

    static void csrfTokenRejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Thiếu hoặc sai mã chống giả mạo yêu cầu",
                "Yêu cầu thay đổi dữ liệu bằng phiên đăng nhập của ứng dụng web phải gửi kèm tiêu đề "
                        + CsrfChecks.HEADER + " với giá trị của cookie " + CsrfChecks.COOKIE
                        + ". Mã này bị thiếu hoặc không đúng; vui lòng tải lại trang rồi thử lại.");
    }

    static void crossSiteRejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Yêu cầu từ trang web khác",
                "Trình duyệt cho biết yêu cầu thay đổi dữ liệu này được gửi từ một trang web khác nên đã bị từ chối. "
                        + "Hãy thao tác từ chính ứng dụng, hoặc gọi API từ chương trình (không qua trình duyệt).");
    }

    static void tooManyLogins(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Đăng nhập sai quá nhiều lần",
                "Tài khoản này đã đăng nhập sai nhiều lần từ địa chỉ của bạn. Vui lòng đợi " + seconds
                        + " giây rồi thử lại với mật khẩu đúng; tài khoản không bị khoá.");
    }

    static void badRequest(HttpServletRequest request, HttpServletResponse response, String title, String detail)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, title, detail);
    }

    static void bodyTooLarge(HttpServletRequest request, HttpServletResponse response, long limitBytes)
            throws IOException {
        write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Dữ liệu gửi lên quá lớn",
                "Nội dung yêu cầu vượt quá " + limitBytes / 1024 + " KB cho phép. Hãy gửi tài liệu nhỏ hơn"
                        + " (tệp báo cáo tải lên theo giới hạn riêng của chức năng tải tệp).");
    }

    static void administratorsOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Không có quyền",
                "Chỉ quản trị viên được xem thông tin vận hành này.");
    }

    static void taskNotFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.NOT_FOUND, "Không tìm thấy",
                "Không tìm thấy công việc này trong số công việc bạn được xem. Hãy mở công việc từ danh sách"
                        + " công việc của đơn vị mình.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
