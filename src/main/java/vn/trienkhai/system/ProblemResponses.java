package vn.trienkhai.system;

import java.net.URI;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.trienkhai.deadline.InvalidDeadlineException;

/** Turns the application's exceptions into {@code application/problem+json} answers in Vietnamese. */
@RestControllerAdvice(basePackages = "vn.trienkhai")
class ProblemResponses {

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalidDocument(InvalidDocumentException exception) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
                "Có " + exception.errors().size() + " lỗi; xem danh sách errors.", "invalid-document");
        problem.setProperty("errors", exception.errors());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        return problem(HttpStatus.CONFLICT, "Xung đột dữ liệu", exception.getMessage(), "conflict");
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException exception) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", exception.getMessage(), "forbidden");
    }

    /** The engine refused the caller a permission: never a 500, and never the engine's message with its ids. */
    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail engineRefused(AuthorizationException exception) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền",
                "Tài khoản của bạn không có quyền thực hiện thao tác này. Nếu cần, hãy đề nghị quản trị viên cấp quyền.",
                "forbidden");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", exception.getMessage(), "not-found");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException exception) {
        return fieldProblem(exception.getParameterName(), "thiếu tham số bắt buộc");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException exception) {
        return fieldProblem(exception.getName(), "giá trị không hợp lệ: " + exception.getValue());
    }

    /** No body, a body that is not the declared format, a field of the wrong type, or one cut off at the size limit. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        if (NestedExceptionUtils.getMostSpecificCause(exception) instanceof BodyTooLargeException tooLarge) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Dữ liệu gửi lên quá lớn", "Nội dung yêu cầu vượt quá "
                    + tooLarge.limitBytes() / 1024 + " KB cho phép. Hãy gửi tài liệu nhỏ hơn.", "body-too-large");
        }
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            return fieldProblem(field.replace(".[", "["), "giá trị không đúng kiểu hoặc định dạng (ngày viết yyyy-MM-dd)");
        }
        return fieldProblem("(nội dung yêu cầu)", "nội dung trống hoặc không đọc được; hãy gửi tài liệu JSON"
                + " hoặc YAML hợp lệ");
    }

    /** A plan whose deadlines cannot be computed for the requested rollout. */
    @ExceptionHandler(InvalidDeadlineException.class)
    ProblemDetail invalidDeadline(InvalidDeadlineException exception) {
        return problem(HttpStatus.CONFLICT, "Không tính được thời hạn", "Không tính được thời hạn của kế hoạch: "
                + exception.getMessage() + ". Hãy kiểm tra thời hạn trong kế hoạch hoặc chọn ngày triển khai khác.",
                "invalid-deadline");
    }

    private ProblemDetail fieldProblem(String field, String message) {
        return invalidDocument(new InvalidDocumentException(List.of(new FieldError(field, message))));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:trienkhai:problem:" + type));
        return problem;
    }
}
