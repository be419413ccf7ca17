package vn.trienkhai.organisation;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.system.NotFoundException;

@RestController
@RequestMapping("/api/units")
class UnitController {

    private final UnitRepository units;

    UnitController(UnitRepository units) {
        this.units = units;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<UnitView> list() {
        return units.findAllWithParent().stream().map(UnitView::of).toList();
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
