package vn.trienkhai.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A wrong content type is found before any controller is chosen, so an advice limited to the
 * application's packages never sees it: this one is global (Spring MVC only; the engine's REST API
 * and the webapps are JAX-RS) and types its answer, which content negotiation would make plain JSON.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnsupportedMediaTypeProblems {

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Định dạng không được hỗ trợ",
                        "Gửi tài liệu dạng application/yaml hoặc application/json.", "unsupported-media-type"));
    }
}
