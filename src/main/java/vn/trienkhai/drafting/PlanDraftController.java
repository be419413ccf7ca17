package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.InvalidDocumentException;

/** "Nhập từ văn bản": the text of an issued plan, pasted or as a .docx, read into a plan document. */
@RestController
@RequestMapping("/api/plan-drafts")
class PlanDraftController {

    private final PlanDraftService drafts;
    private final DraftEditing editing;
    private final DraftListing listing;

    PlanDraftController(PlanDraftService drafts, DraftEditing editing, DraftListing listing) {
        this.drafts = drafts;
        this.editing = editing;
        this.listing = listing;
    }

    @GetMapping
    List<DraftSummary> list(CurrentUser user) {
        return listing.list(user);
    }

    @GetMapping("/{id}")
    DraftView get(@PathVariable long id, CurrentUser user) {
        return editing.get(id, user);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DraftView save(@PathVariable long id, @RequestBody(required = false) JsonNode body, CurrentUser user) {
        return editing.save(id, body, user);
    }

    @PostMapping(path = "/extract", consumes = MediaType.TEXT_PLAIN_VALUE)
    PlanDraft extractText(@RequestBody(required = false) byte[] body,
                          @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, CurrentUser user) {
        Charset charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        return drafts.extract(body == null ? null : new String(body, charset), "text", user);
    }

    @PostMapping(path = "/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PlanDraft extractFile(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidDocumentException("file", "thiếu tệp; gửi tệp .docx của kế hoạch trong trường file");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx")) {
            throw new InvalidDocumentException("file", "chỉ nhận tệp .docx (Word 2007 trở lên); tệp .doc cũ hãy lưu lại thành .docx");
        }
        return drafts.extract(DocxText.read(file.getBytes()), "file", user);
    }

    @PostMapping(path = "/extract")
    PlanDraft otherType(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        throw new InvalidDocumentException("Content-Type", "không hỗ trợ " + (contentType == null ? "yêu cầu không có Content-Type"
                : contentType) + "; gửi text/plain; charset=utf-8 (nội dung văn bản) hoặc multipart/form-data với trường file (.docx)");
    }
}
