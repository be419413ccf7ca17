package vn.trienkhai.drafting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.InvalidDocumentException;

/** Extracts a plan draft for an officer; reads the organisation tree, saves nothing. */
@Service
class PlanDraftService {

    static final String ADMIN_GROUP = "camunda-admin";
    private static final int MAX_CHARACTERS = 500_000;

    private final UnitRepository units;

    PlanDraftService(UnitRepository units) {
        this.units = units;
    }

    @Transactional(readOnly = true)
    PlanDraft extract(String text, String field, CurrentUser user) {
        List<OrganisationUnit> all = units.findAllWithParent();
        Set<String> unitGroups = all.stream().map(OrganisationUnit::getCamundaGroupId).collect(Collectors.toSet());
        if (!user.isMemberOf(ADMIN_GROUP) && user.groupIds().stream().noneMatch(unitGroups::contains)) {
            throw new ForbiddenException("Chỉ cán bộ của một đơn vị trong cây tổ chức mới được nhập kế hoạch từ văn bản");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException(field, "trống; dán nội dung kế hoạch đã ban hành hoặc gửi tệp .docx");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidDocumentException(field, "dài quá " + MAX_CHARACTERS + " ký tự; một kế hoạch không dài như vậy");
        }
        return new PlanDraftExtractor(directory(all)).extract(text);
    }

    private static UnitDirectory directory(List<OrganisationUnit> all) {
        return new UnitDirectory(all.stream().map(unit -> new UnitDirectory.Unit(unit.getCode(), unit.getName(),
                unit.getKind(), unit.getParent() == null ? null : unit.getParent().getCode())).toList());
    }
}
