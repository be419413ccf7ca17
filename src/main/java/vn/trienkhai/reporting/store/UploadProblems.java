package vn.trienkhai.reporting.store;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.trienkhai.system.FieldError;

/**
 * Too large uploads as problem+json 413 naming the field: the application's own limit, and the servlet's multipart
 * limit, which is hit before any controller is chosen (so this advice has no package selector).
 */
@RestControllerAdvice
class UploadProblems {

    @ExceptionHandler(UploadTooLargeException.class)
    ProblemDetail tooLarge(UploadTooLargeException exception) {
        return problem(exception.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail multipartTooLarge(MaxUploadSizeExceededException exception) {
        return problem("Tệp vượt quá dung lượng cho phép.");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setTitle("Tệp quá lớn");
        problem.setType(URI.create("urn:trienkhai:problem:payload-too-large"));
        problem.setProperty("errors", List.of(new FieldError(DocxCheck.FIELD, detail)));
        return problem;
    }
}
