package vn.trienkhai.reporting.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import vn.trienkhai.system.InvalidDocumentException;

/**
 * An uploaded file is a DOCX only if Apache POI opens it as a Word document whose main part is a plain document
 * (not a macro-enabled .docm or a template). POI's zip-bomb guards apply while it opens the file.
 */
final class DocxCheck {

    static final String FIELD = "file";

    private DocxCheck() {
    }

    static void requireDocx(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidDocumentException(FIELD, "chưa chọn tệp hoặc tệp rỗng");
        }
        String mainPart;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            mainPart = document.getPackagePart().getContentType();
        } catch (IOException | RuntimeException notDocx) {
            throw new InvalidDocumentException(FIELD, "không phải văn bản Word (.docx) hợp lệ");
        }
        if (!XWPFRelation.DOCUMENT.getContentType().equals(mainPart)) {
            throw new InvalidDocumentException(FIELD,
                    "chỉ nhận văn bản Word .docx thông thường (không nhận tệp có macro hoặc tệp mẫu)");
        }
    }
}
