package vn.trienkhai.drafting;

import static vn.trienkhai.drafting.PlanDraftingProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.rollout.RolloutService;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.EngineAuthentication;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.system.FormRefusedException;
import vn.trienkhai.system.InvalidDocumentException;
import vn.trienkhai.tasklist.ReturnMarker;

/**
 * The listeners and the service task of plan-drafting. Each refusal is a {@link FormRefusedException}
 * naming the field in Vietnamese; it rolls the whole step back, so nothing of it is stored.
 */
@Component("planDraftingSteps")
public class PlanDraftingSteps {

    private static final Logger log = LoggerFactory.getLogger(PlanDraftingSteps.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PlanDrafts drafts;
    private final DraftAccess access;
    private final UnitRepository units;
    private final PlanImporter importer;
    private final RolloutService rollouts;
    private final DeadlineCalculator calculator;
    private final IdentityService identityService;
    private final IssueRefusals refusals;

    PlanDraftingSteps(PlanDrafts drafts, DraftAccess access, UnitRepository units, PlanImporter importer,
                      RolloutService rollouts, DeadlineCalculator calculator, IdentityService identityService) {
        this.drafts = drafts;
        this.access = access;
        this.units = units;
        this.importer = importer;
        this.rollouts = rollouts;
        this.calculator = calculator;
        this.identityService = identityService;
        this.refusals = new IssueRefusals(units);
    }

    /** Start: the starter drafts for a unit of their own; an empty draft is stored. */
    public void started(DelegateExecution execution) {
        Object chosen = execution.getVariable(DRAFTING_UNIT);
        String code = chosen instanceof String text ? text.strip() : "";
        OrganisationUnit unit = units.findByCode(code).orElseThrow(() -> new FormRefusedException(DRAFTING_UNIT,
                "Trường «Đơn vị soạn thảo»: hãy chọn đơn vị của bạn" + (code.isEmpty() ? "" : "; không có đơn vị mã " + code)));
        CurrentUser user = EngineAuthentication.current(identityService).orElse(null);
        if (user != null && !user.isMemberOf(unit.getCamundaGroupId())) {
            throw new FormRefusedException(DRAFTING_UNIT, "Trường «Đơn vị soạn thảo»: bạn chỉ soạn được kế hoạch"
                    + " cho đơn vị của mình, không phải cho " + unit.getName());
        }
        String by = user == null ? "trienkhai" : user.userId();
        long id = drafts.create(unit.getCode(), skeleton(unit), by, EngineClock.now());
        drafts.attach(id, execution.getProcessInstanceId());
        execution.setProcessBusinessKey("draft-" + id);
        execution.setVariable(DRAFT_ID, id);
        log.info("Plan draft {} started by {} for {}", id, by, unit.getCode());
    }

    /**
     * Create listener of the three tasks: the name says which plan, so a unit with several drafts
     * tells them apart in Tasklist ("Phê duyệt kế hoạch – Triển khai Chỉ thị số 08-CT/TU …").
     */
    public void named(DelegateTask task) {
        StoredDraft draft = draft(task);
        String summary = draft.document().path("plan").path("summary").asText("").strip();
        String what = summary.isEmpty() ? "dự thảo số " + draft.id()
                : summary.length() > 90 ? summary.substring(0, 89).strip() + "…" : summary;
        String returned = task.getTaskDefinitionKey().equals(DRAFT) && draft.returnReason() != null ? ReturnMarker.PREFIX : "";
        task.setName(returned + task.getName() + " – " + what);
    }

    /** "Soạn thảo kế hoạch" completed: the draft must pass the import's checks and name an allowed issuer. */
    public void submitted(DelegateTask task) {
        StoredDraft draft = draft(task);
        if (draft.state() != DraftState.DRAFTING) {
            throw new FormRefusedException(DRAFT_ID, "Dự thảo không ở bước soạn thảo (" + draft.state().label() + ")");
        }
        try {
            importer.validate(draft.document());
        } catch (InvalidDocumentException invalid) {
            throw new FormRefusedException(invalid.errors().get(0).field(), "Dự thảo chưa hợp lệ. "
                    + FieldLabels.describe(invalid.errors()) + " Mở trình soạn thảo, bấm «Kiểm tra» để xem từng lỗi.");
        }
        String issuer = draft.document().path("plan").path("issuingUnit").asText();
        if (!access.mayIssueFor(draft.draftingUnitCode(), issuer)) {
            throw new FormRefusedException("plan.issuingUnit", "Trường «Đơn vị ban hành»: " + issuer
                    + " không phải đơn vị của bạn hay đơn vị cấp trên của nó; chỉ trình được lãnh đạo của chính cơ quan mình");
        }
        drafts.submit(draft.id(), issuer);
        drafts.touch(draft.id(), by(), EngineClock.now());
        task.getExecution().removeVariable(DECISION);
        task.getExecution().removeVariable(ISSUE_DECISION);
        task.getExecution().removeVariable(RETURN_REASON);
    }

    /** "Phê duyệt kế hoạch" completed: approve, or return with a reason the drafter reads. */
    public void decided(DelegateTask task) {
        StoredDraft draft = draft(task);
        Object decision = task.getVariable(DECISION);
        if ("accept".equals(decision)) {
            drafts.approve(draft.id());
            drafts.touch(draft.id(), by(), EngineClock.now());
            task.setVariable(APPROVED, true);
            return;
        }
        if (!"return".equals(decision)) {
            throw new FormRefusedException(DECISION, "Trường «Ý kiến phê duyệt»: chọn «Phê duyệt» hoặc «Trả lại»");
        }
        drafts.returnToDrafter(draft.id(), returnReason(task), ReturnedFrom.APPROVAL);
        drafts.touch(draft.id(), by(), EngineClock.now());
        task.setVariable(APPROVED, false);
    }

    private static String returnReason(DelegateTask task) {
        String text = text(task, RETURN_REASON);
        if (text.isEmpty() || text.length() > 2000) {
            throw new FormRefusedException(RETURN_REASON, "Trường «Lý do trả lại»: "
                    + (text.isEmpty() ? "bắt buộc khi trả lại, để người soạn thảo biết cần sửa gì" : "tối đa 2 000 ký tự"));
        }
        return text;
    }

    /**
     * "Vào sổ, phát hành" completed: the number and date go into the document, which is stored as
     * POST /api/plans stores it (all or nothing); the rollout date decides when it rolls out.
     */
    public void issued(DelegateTask task) {
        StoredDraft draft = draft(task);
        String decision = text(task, ISSUE_DECISION);
        if (decision.equals("return")) {
            drafts.returnToDrafter(draft.id(), returnReason(task), ReturnedFrom.ISSUE);
            drafts.touch(draft.id(), by(), EngineClock.now());
            task.setVariable(ISSUED, false);
            log.info("Plan draft {} returned to its drafter by the clerk {}", draft.id(), by());
            return;
        }
        if (!decision.isEmpty() && !decision.equals("issue")) {
            throw new FormRefusedException(ISSUE_DECISION, "Trường «Xử lý»: chọn «Vào sổ, phát hành» hoặc «Trả lại người soạn thảo»");
        }
        String number = text(task, PLAN_NUMBER);
        if (number.isEmpty() || !number.matches("^\\d+.*") || number.length() > 100) {
            throw new FormRefusedException(PLAN_NUMBER, "Trường «Số, ký hiệu»: nhập số đã vào sổ, ví dụ 15/KH-UBND");
        }
        LocalDate today = EngineClock.today(calculator.zone());
        LocalDate issuedOn = date(task, ISSUED_ON, "Ngày ban hành");
        LocalDate rolloutOn = date(task, ROLLOUT_ON, "Ngày triển khai");
        if (issuedOn.isAfter(today)) {
            throw new FormRefusedException(ISSUED_ON, "Trường «Ngày ban hành»: không được sau hôm nay");
        }
        if (rolloutOn.isBefore(today) || rolloutOn.isBefore(issuedOn)) {
            throw new FormRefusedException(ROLLOUT_ON, "Trường «Ngày triển khai»: từ hôm nay và từ ngày ban hành trở đi");
        }
        String endDate = draft.document().path("plan").path("endDate").asText("");
        if (endDate.matches("\\d{4}-\\d{2}-\\d{2}") && !rolloutOn.isBefore(LocalDate.parse(endDate))) {
            throw new FormRefusedException(ROLLOUT_ON, "Trường «Ngày triển khai»: phải trước ngày kết thúc kế hoạch");
        }
        ObjectNode document = draft.document().deepCopy();
        ObjectNode plan = document.with("plan");
        plan.put("number", number);
        plan.put("date", issuedOn.toString());
        Plan stored;
        try {
            stored = importer.importPlan(document, by());
        } catch (InvalidDocumentException invalid) {
            throw refusals.of(task, invalid);
        } catch (ConflictException conflict) {
            throw refusals.of(task, conflict);
        }
        drafts.issue(draft.id(), document, stored.getId(), by(), EngineClock.now());
        task.getExecution().removeVariable(RETURN_REASON);
        task.setVariable(ISSUED, true);
        task.setVariable(PLAN_ID, stored.getId());
        task.setVariable(ROLLOUT_DATE, rolloutOn.toString());
        task.setVariable(ROLLOUT_TODAY, !rolloutOn.isAfter(today));
        log.info("Plan draft {} issued as plan {} ({}), rollout on {}", draft.id(), stored.getId(), number, rolloutOn);
    }

    /** The service task: the issued plan rolls out, today or on its rollout date. */
    public void startRollout(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
        LocalDate day = LocalDate.parse((String) execution.getVariable(ROLLOUT_DATE));
        LocalDate today = EngineClock.today(calculator.zone());
        rollouts.start(planId, day.isBefore(today) ? today : day);
    }

    private static LocalDate date(DelegateTask task, String name, String label) {
        String text = text(task, name);
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException wrong) {
            throw new FormRefusedException(name, "Trường «" + label + "»: nhập ngày theo dạng ngày/tháng/năm, ví dụ 04/05/2027"
                    + (text.isEmpty() ? "" : "; «" + text + "» không phải một ngày có thật"));
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value instanceof String text ? text.strip() : "";
    }

    private StoredDraft draft(DelegateTask task) {
        long id = ((Number) task.getVariable(DRAFT_ID)).longValue();
        return drafts.find(id).orElseThrow(() -> new IllegalStateException("No draft " + id));
    }

    private String by() {
        Optional<CurrentUser> user = EngineAuthentication.current(identityService);
        return user.isEmpty() ? "trienkhai" : user.get().userId();
    }

    /** An empty draft: the issuing unit guessed as the body a department belongs to, or the unit itself. */
    private static ObjectNode skeleton(OrganisationUnit unit) {
        OrganisationUnit issuer = unit.getKind() == UnitKind.DEPARTMENT && unit.getParent() != null ? unit.getParent() : unit;
        ObjectNode document = JSON.createObjectNode();
        document.putObject("plan").put("number", "/KH").put("issuingUnit", issuer.getCode()).put("layout",
                issuer.getKind() == UnitKind.PARTY_COMMITTEE ? "party" : "state");
        document.putArray("leadUnits").add(unit.getCode());
        document.putArray("participants");
        document.putArray("tasks");
        document.putObject("reporting").put("every", "quarter").put("submitWorkingDays", 3).put("finalReview", true);
        document.putArray("metrics");
        document.putArray("recipients").add("Lưu: VT");
        return document;
    }
}
