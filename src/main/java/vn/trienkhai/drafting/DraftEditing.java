package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.InvalidDocumentException;
import vn.trienkhai.system.NotFoundException;

/** Reading and saving a draft from the editor. */
@Service
@Transactional
class DraftEditing {

    private final PlanDrafts drafts;
    private final DraftAccess access;
    private final ZoneId zone;

    DraftEditing(PlanDrafts drafts, DraftAccess access, ZoneId zone) {
        this.drafts = drafts;
        this.access = access;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    DraftView get(long id, CurrentUser user) {
        StoredDraft draft = readable(id, user);
        return view(draft, user);
    }

    DraftView save(long id, JsonNode body, CurrentUser user) {
        StoredDraft draft = readable(id, user);
        if (!access.mayWrite(draft, user)) {
            throw new ForbiddenException("Chỉ cán bộ của đơn vị soạn thảo được sửa dự thảo này");
        }
        if (draft.state() != DraftState.DRAFTING) {
            throw new ConflictException("Dự thảo đang ở bước «" + draft.state().label()
                    + "»; chỉ sửa được khi đang soạn thảo (lãnh đạo trả lại thì sửa tiếp được)");
        }
        JsonNode document = body == null ? null : body.get("document");
        if (!(document instanceof ObjectNode object)) {
            throw new InvalidDocumentException("document", "gửi {\"document\": {...}} với tài liệu kế hoạch là một đối tượng JSON");
        }
        drafts.saveDocument(id, DraftDocuments.normalised(object, EngineClock.today(zone)), user.userId(), EngineClock.now());
        return view(drafts.find(id).orElseThrow(), user);
    }

    private StoredDraft readable(long id, CurrentUser user) {
        StoredDraft draft = drafts.find(id).orElseThrow(() -> new NotFoundException("Không có dự thảo kế hoạch số " + id));
        if (!access.mayRead(draft, user)) {
            throw new ForbiddenException("Chỉ cán bộ của đơn vị soạn thảo và lãnh đạo, văn thư của đơn vị ban hành"
                    + " được xem dự thảo này");
        }
        return draft;
    }

    private DraftView view(StoredDraft draft, CurrentUser user) {
        return DraftView.of(draft, access.issuingUnit(draft).orElse(null),
                draft.state() == DraftState.DRAFTING && access.mayWrite(draft, user));
    }
}
