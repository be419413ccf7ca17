package vn.trienkhai.organisation;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.DocumentParser;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.NotFoundException;

@RestController
@RequestMapping("/api/units")
class UnitController {

    private final UnitRepository units;
    private final UnitTreeImporter importer;

    UnitController(UnitRepository units, UnitTreeImporter importer) {
        this.units = units;
        this.importer = importer;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<UnitView> list() {
        return units.findAllWithParent().stream().map(UnitView::of).toList();
    }

    /** Administrators load or update the tree: units are matched by code, none is deleted. */
    @PutMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, DocumentParser.YAML, "application/x-yaml", "text/yaml"})
    List<UnitView> importTree(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                              CurrentUser user) {
        if (!user.isMemberOf("camunda-admin")) {
            throw new ForbiddenException("Chỉ quản trị viên được cập nhật danh sách đơn vị");
        }
        importer.importTree(DocumentParser.parse(body, contentType));
        return list();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    UnitView get(@PathVariable String code) {
        return units.findByCode(code).map(UnitView::of)
                .orElseThrow(() -> new NotFoundException("Không có đơn vị mã " + code));
    }

    record UnitView(String code, String name, UnitKind kind, String kindLabel, String parent, String headName,
                    String headTitle, String headEmail, String email, String group) {

        static UnitView of(OrganisationUnit unit) {
            return new UnitView(unit.getCode(), unit.getName(), unit.getKind(), unit.getKind().label(),
                    unit.getParent() == null ? null : unit.getParent().getCode(), unit.getHeadName(),
                    unit.getHeadTitle(), unit.getHeadEmail(), unit.getEmail(), unit.getCamundaGroupId());
        }
    }
}
