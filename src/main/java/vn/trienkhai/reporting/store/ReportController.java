package vn.trienkhai.reporting.store;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.NotFoundException;

/** The consolidated reports: list, download as DOCX or PDF, upload of the final DOCX by the lead office. */
@RestController
class ReportController {

    private final ReportStore store;
    private final ReportAccess access;
    private final FinalReports finals;
    private final Clock clock;

    ReportController(ReportStore store, ReportAccess access, FinalReports finals, Clock clock) {
        this.store = store;
        this.access = access;
        this.finals = finals;
        this.clock = clock;
    }

    @GetMapping("/api/reports")
    List<ReportView> list(CurrentUser user) {
        return access.readable(user, store.list()).stream().map(ReportView::of).toList();
    }

    @GetMapping("/api/reports/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user) {
        return download(id, DocumentFormat.DOCX, user);
    }

    @GetMapping("/api/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
        return download(id, DocumentFormat.PDF, user);
    }

    @PostMapping(path = "/api/reports/{id}/final", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportView> uploadFinal(@PathVariable long id, @RequestParam(name = DocxCheck.FIELD,
            required = false) MultipartFile file, CurrentUser user) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        StoredReport stored = finals.upload(id, content, user, clock.instant());
        return ResponseEntity.status(HttpStatus.CREATED).body(ReportView.of(stored));
    }

    private ResponseEntity<byte[]> download(long id, DocumentFormat format, CurrentUser user) {
        StoredReport report = readable(id, user);
        byte[] content = store.content(id, format).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportFileNames.contentDisposition(report, format))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    private StoredReport readable(long id, CurrentUser user) {
        StoredReport report = store.find(id).orElseThrow(() -> notFound(id));
        if (!access.canRead(user, report)) {
            throw new ForbiddenException("Bạn không có quyền xem báo cáo này");
        }
        return report;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy báo cáo " + id);
    }
}
