package vn.trienkhai.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.trienkhai.drafting.PlanDraftingProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.trienkhai.ModelEngine;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.rollout.RolloutService;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.InvalidDocumentException;

/**
 * plan-drafting on an in-memory engine with its real steps and expressions (their refusals come
 * unwrapped, as in the application: FormRefusalPlugin); the draft table, the
 * organisation tree, the plan import and the rollout are stand-ins.
 */
@Deployment(resources = "processes/plan-drafting.bpmn")
class PlanDraftingProcessTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long PLAN_ID = 77L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final ObjectMapper JSON = new ObjectMapper();

    static final Map<Object, Object> BEANS = ModelEngine.beans();
    // not final: the extension injects its engine into fields of this type
    static ProcessEngine engine = ModelEngine.engine();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ModelEngine.extension();

    FakeDrafts drafts = new FakeDrafts();
    UnitRepository units = mock(UnitRepository.class);
    PlanImporter importer = mock(PlanImporter.class);
    RolloutService rollouts = mock(RolloutService.class);

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).atZone(ZONE).toInstant()));
        OrganisationUnit city = new OrganisationUnit("HP-UBND", "Ủy ban nhân dân thành phố Hải Phòng", UnitKind.CITY_BODY);
        OrganisationUnit ward = new OrganisationUnit("AQ-UBND", "Ủy ban nhân dân phường Ái Quốc", UnitKind.WARD);
        ward.update(ward.getName(), UnitKind.WARD, city);
        OrganisationUnit office = new OrganisationUnit("AQ-VP", "Văn phòng HĐND và UBND phường", UnitKind.DEPARTMENT);
        office.update(office.getName(), UnitKind.DEPARTMENT, ward);
        for (OrganisationUnit unit : List.of(city, ward, office)) {
            when(units.findByCode(unit.getCode())).thenReturn(Optional.of(unit));
        }
        Plan plan = mock(Plan.class);
        when(plan.getId()).thenReturn(PLAN_ID);
        when(importer.importPlan(any(JsonNode.class), anyString())).thenReturn(plan);
        DeadlineCalculator calculator = new DeadlineCalculator(HolidayCalendar.loadDefault(), ZONE);
        BEANS.put("planDraftingSteps", new PlanDraftingSteps(drafts, new DraftAccess(units), units, importer, rollouts,
                calculator, engine.getIdentityService()));
        BEANS.put("planDrafting", new PlanDraftingExpressions(drafts, calculator));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void anApprovedPlanIssuedForTodayIsStoredAndRollsOutAtOnce() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(DRAFT);
        assertThat(candidates(task(instance))).containsExactly("aq-vp");
        long draftId = draftId(instance);
        assertThat(task(instance).getName()).isEqualTo("Soạn thảo kế hoạch – dự thảo số " + draftId);
        drafts.edit(draftId, document -> document.with("plan").put("summary", "Triển khai Chỉ thị số 08-CT/TU"));
        assertThat(instance.getBusinessKey()).isEqualTo("draft-" + draftId);
        assertThat(drafts.find(draftId).orElseThrow().document().at("/plan/issuingUnit").asText())
                .as("a department drafts for the body above it").isEqualTo("AQ-UBND");

        complete(instance, "aq-vp.canbo", "aq-vp", Map.of());
        assertThat(instance).isWaitingAt(APPROVE);
        assertThat(candidates(task(instance))).containsExactly("aq-ubnd");
        assertThat(task(instance).getName()).isEqualTo("Phê duyệt kế hoạch – Triển khai Chỉ thị số 08-CT/TU");
        assertThat(drafts.find(draftId).orElseThrow().state()).isEqualTo(DraftState.AWAITING_APPROVAL);

        complete(instance, "aq-ubnd.truong", "aq-ubnd", Map.of(DECISION, "accept"));
        assertThat(instance).isWaitingAt(ISSUE);
        assertThat(candidates(task(instance))).containsExactly("aq-ubnd");

        complete(instance, "aq-ubnd.canbo", "aq-ubnd",
                Map.of(PLAN_NUMBER, "15/KH-UBND", ISSUED_ON, "02/11/2026", ROLLOUT_ON, "2/11/2026"));

        verify(importer).importPlan(org.mockito.ArgumentMatchers.argThat(document ->
                document.at("/plan/number").asText().equals("15/KH-UBND")
                        && document.at("/plan/date").asText().equals("2026-11-02")), org.mockito.ArgumentMatchers.eq("aq-ubnd.canbo"));
        verify(rollouts).start(PLAN_ID, TODAY);
        assertThat(instance).isEnded().hasPassed(START_ROLLOUT);
        StoredDraft issued = drafts.find(draftId).orElseThrow();
        assertThat(issued.state()).isEqualTo(DraftState.ISSUED);
        assertThat(issued.planId()).isEqualTo(PLAN_ID);
    }

    @Test
    void leadershipReturnsWithAReasonTheDrafterSeesAndTheResubmittedDraftGoesBackForApproval() {
        ProcessInstance instance = start();
        complete(instance, "aq-vp.canbo", "aq-vp", Map.of());

        assertThatThrownBy(() -> complete(instance, "aq-ubnd.truong", "aq-ubnd", Map.of(DECISION, "return")))
                .hasStackTraceContaining("Lý do trả lại");
        assertThat(instance).isWaitingAt(APPROVE);

        complete(instance, "aq-ubnd.truong", "aq-ubnd", Map.of(DECISION, "return",
                RETURN_REASON, "Bổ sung nhiệm vụ tuyên truyền trên loa phát thanh"));

        assertThat(instance).isWaitingAt(DRAFT);
        Task reopened = task(instance);
        assertThat(reopened.getName()).as("the returned work stands out").startsWith("Bị trả lại: Soạn thảo kế hoạch – ");
        assertThat(engine.getTaskService().getVariable(reopened.getId(), RETURN_REASON))
                .isEqualTo("Bổ sung nhiệm vụ tuyên truyền trên loa phát thanh");
        StoredDraft returned = drafts.find(draftId(instance)).orElseThrow();
        assertThat(returned.state()).isEqualTo(DraftState.DRAFTING);
        assertThat(returned.returnReason()).startsWith("Bổ sung");
        assertThat(returned.returnedFrom()).isEqualTo(ReturnedFrom.APPROVAL);

        complete(instance, "aq-vp.canbo", "aq-vp", Map.of());

        assertThat(instance).isWaitingAt(APPROVE);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), DECISION))
                .as("leadership decides afresh").isNull();
        assertThat(drafts.find(draftId(instance)).orElseThrow().returnReason()).isNull();
    }

    @Test
    void anInvalidDraftIsNotSentForApprovalAndTheRefusalNamesTheFieldInVietnamese() {
        ProcessInstance instance = start();
        when(importer.validate(any())).thenThrow(new InvalidDocumentException("tasks[1].deadline",
                "thời hạn sau ngày kết thúc kế hoạch"));

        assertThatThrownBy(() -> complete(instance, "aq-vp.canbo", "aq-vp", Map.of()))
                .hasStackTraceContaining("Trường «Nhiệm vụ 2 – thời hạn»: thời hạn sau ngày kết thúc kế hoạch");

        assertThat(instance).isWaitingAt(DRAFT);
        assertThat(drafts.find(draftId(instance)).orElseThrow().state()).isEqualTo(DraftState.DRAFTING);
    }

    @Test
    void aDraftCannotBeSentToTheLeadershipOfABodyThatIsNotAboveTheDraftingUnit() {
        ProcessInstance instance = start();
        long draftId = draftId(instance);
        drafts.edit(draftId, document -> document.with("plan").put("issuingUnit", "HP-TU"));

        assertThatThrownBy(() -> complete(instance, "aq-vp.canbo", "aq-vp", Map.of()))
                .hasStackTraceContaining("Đơn vị ban hành");
        assertThat(instance).isWaitingAt(DRAFT);

        drafts.edit(draftId, document -> document.with("plan").put("issuingUnit", "HP-UBND"));
        complete(instance, "aq-vp.canbo", "aq-vp", Map.of());
        assertThat(candidates(task(instance))).as("a unit above, two levels up").containsExactly("hp-ubnd");
    }

    @Test
    void anOfficerDraftsOnlyForTheirOwnUnit() {
        engine.getIdentityService().setAuthentication("aq-pktht.canbo", List.of("aq-pktht"));

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(DRAFTING_UNIT, "AQ-VP")))
                .hasStackTraceContaining("Đơn vị soạn thảo");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(drafts.rows).isEmpty();
    }

    @Test
    void aRefusedIssueStoresNothingAndALaterRolloutDateWaitsForItsDay() {
        ProcessInstance instance = approved();
        when(importer.importPlan(any(JsonNode.class), anyString()))
                .thenThrow(new InvalidDocumentException("plan.endDate", "ngày kết thúc phải sau ngày ban hành"))
                .thenThrow(new ConflictException("Kế hoạch số 15/KH-UBND của đơn vị AQ-UBND đã có trong hệ thống"))
                .thenThrow(new ConflictException("Đơn vị AQ-UBND đã có kế hoạch cùng trích yếu: Triển khai"))
                .thenReturn(planWithId());

        assertThatThrownBy(() -> issue(instance, "15/KH-UBND", "02/11/2026", "10/11/2026"))
                .hasStackTraceContaining("Không phát hành được, chưa lưu gì")
                .hasStackTraceContaining("Trường «Ngày kết thúc kế hoạch»");
        assertThatThrownBy(() -> issue(instance, "15/KH-UBND", "02/11/2026", "10/11/2026"))
                .hasStackTraceContaining("Trường «Số, ký hiệu»: Kế hoạch số 15/KH-UBND");
        assertThatThrownBy(() -> issue(instance, "16/KH-UBND", "02/11/2026", "10/11/2026"))
                .hasStackTraceContaining("Trường «Trích yếu»: Đơn vị Ủy ban nhân dân phường Ái Quốc đã có kế hoạch cùng trích yếu");
        assertThatThrownBy(() -> issue(instance, "15/KH-UBND", "31/02/2026", "10/11/2026"))
                .hasStackTraceContaining("Ngày ban hành");
        assertThatThrownBy(() -> issue(instance, "15/KH-UBND", "02/11/2026", "01/11/2026"))
                .hasStackTraceContaining("Ngày triển khai");
        assertThatThrownBy(() -> issue(instance, "/KH-UBND", "02/11/2026", "10/11/2026"))
                .hasStackTraceContaining("Số, ký hiệu");
        assertThat(instance).isWaitingAt(ISSUE);
        assertThat(drafts.find(draftId(instance)).orElseThrow().state()).isEqualTo(DraftState.AWAITING_ISSUE);

        issue(instance, "15/KH-UBND", "02/11/2026", "10/11/2026");

        assertThat(instance).isWaitingAt(WAIT_FOR_ROLLOUT);
        verify(rollouts, never()).start(anyLong(), any(LocalDate.class));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2026, 11, 10).atStartOfDay(ZONE).toInstant());
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 11, 10).atTime(0, 1).atZone(ZONE).toInstant()));
        engine.getManagementService().executeJob(timer.getId());

        verify(rollouts).start(PLAN_ID, LocalDate.of(2026, 11, 10));
        assertThat(instance).isEnded();
    }

    @Test
    void whatTheClerkCannotFixGoesBackToTheDrafterWithTheRefusalAsTheReason() {
        ProcessInstance instance = approved();
        long draftId = draftId(instance);
        when(importer.importPlan(any(JsonNode.class), anyString()))
                .thenThrow(new InvalidDocumentException("participants[1].unit", "không có đơn vị AQ-TDP09 trong cây tổ chức"))
                .thenReturn(planWithId());

        assertThatThrownBy(() -> issue(instance, "15/KH-UBND", "02/11/2026", "02/11/2026"))
                .hasStackTraceContaining("Không phát hành được, chưa lưu gì")
                .hasStackTraceContaining("chọn «Trả lại người soạn thảo», lý do đã điền sẵn");

        assertThat(instance).isWaitingAt(ISSUE);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), PLAN_NUMBER))
                .as("the refused completion stored nothing of the form").isNull();
        Object prefilled = engine.getRuntimeService().getVariable(instance.getId(), RETURN_REASON);
        assertThat(prefilled).as("the refusal outlives the rollback, for the clerk's form")
                .isEqualTo("Không vào sổ, phát hành được. Trường «Đơn vị tham gia 2 – đơn vị»:"
                        + " không có đơn vị AQ-TDP09 trong cây tổ chức.");
        assertThat(drafts.find(draftId).orElseThrow().state()).isEqualTo(DraftState.AWAITING_ISSUE);

        assertThatThrownBy(() -> complete(instance, "aq-ubnd.canbo", "aq-ubnd", Map.of(ISSUE_DECISION, "return",
                RETURN_REASON, "  "))).hasStackTraceContaining("Trường «Lý do trả lại»: bắt buộc khi trả lại");
        assertThatThrownBy(() -> complete(instance, "aq-ubnd.canbo", "aq-ubnd", Map.of(ISSUE_DECISION, "later")))
                .hasStackTraceContaining("Trường «Xử lý»");
        complete(instance, "aq-ubnd.canbo", "aq-ubnd", Map.of(ISSUE_DECISION, "return", RETURN_REASON, prefilled));

        assertThat(instance).isWaitingAt(DRAFT).hasPassed(ISSUED_GATEWAY);
        Task reopened = task(instance);
        assertThat(candidates(reopened)).containsExactly("aq-vp");
        assertThat(reopened.getName()).startsWith("Bị trả lại: Soạn thảo kế hoạch – ");
        assertThat(engine.getTaskService().getVariable(reopened.getId(), RETURN_REASON)).isEqualTo(prefilled);
        StoredDraft returned = drafts.find(draftId).orElseThrow();
        assertThat(returned.state()).isEqualTo(DraftState.DRAFTING);
        assertThat(returned.returnedFrom()).isEqualTo(ReturnedFrom.ISSUE);
        assertThat(returned.updatedBy()).as("the return is the draft's last change").isEqualTo("aq-ubnd.canbo");
        assertThat(returned.returnReason()).isEqualTo(prefilled);
        verify(rollouts, never()).start(anyLong(), any(LocalDate.class));

        complete(instance, "aq-vp.canbo", "aq-vp", Map.of());
        complete(instance, "aq-ubnd.truong", "aq-ubnd", Map.of(DECISION, "accept"));
        assertThat(instance).isWaitingAt(ISSUE);
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("the next issue starts afresh").doesNotContainKeys(ISSUE_DECISION, RETURN_REASON);

        issue(instance, "15/KH-UBND", "02/11/2026", "02/11/2026");

        verify(rollouts).start(PLAN_ID, TODAY);
        assertThat(instance).isEnded();
        assertThat(drafts.find(draftId).orElseThrow().state()).isEqualTo(DraftState.ISSUED);
    }

    @Test
    void aNumberTheClerkMistypedIsNotOfferedAsAReasonToReturn() {
        ProcessInstance instance = approved();
        when(importer.importPlan(any(JsonNode.class), anyString()))
                .thenThrow(new ConflictException("Kế hoạch số 15/KH-UBND của đơn vị AQ-UBND đã có trong hệ thống"));

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
                () -> issue(instance, "15/KH-UBND", "02/11/2026", "02/11/2026"));

        java.io.StringWriter trace = new java.io.StringWriter();
        refusal.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).contains("Không phát hành được, chưa lưu gì. Trường «Số, ký hiệu»")
                .doesNotContain("Trả lại người soạn thảo");

        assertThat(engine.getRuntimeService().getVariable(instance.getId(), RETURN_REASON)).isNull();
        assertThat(instance).isWaitingAt(ISSUE);
    }

    private ProcessInstance approved() {
        ProcessInstance instance = start();
        complete(instance, "aq-vp.canbo", "aq-vp", Map.of());
        complete(instance, "aq-ubnd.truong", "aq-ubnd", Map.of(DECISION, "accept"));
        return instance;
    }

    private void issue(ProcessInstance instance, String number, String issuedOn, String rolloutOn) {
        complete(instance, "aq-ubnd.canbo", "aq-ubnd", Map.of(PLAN_NUMBER, number, ISSUED_ON, issuedOn, ROLLOUT_ON, rolloutOn));
    }

    private static Plan planWithId() {
        Plan plan = mock(Plan.class);
        when(plan.getId()).thenReturn(PLAN_ID);
        return plan;
    }

    private ProcessInstance start() {
        engine.getIdentityService().setAuthentication("aq-vp.canbo", List.of("aq-vp"));
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(DRAFTING_UNIT, "AQ-VP"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(task(instance).getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static List<String> candidates(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getGroupId()).toList();
    }

    private static long draftId(ProcessInstance instance) {
        return ((Number) engine.getRuntimeService().getVariable(instance.getId(), DRAFT_ID)).longValue();
    }

    /** The plan_draft table in memory. */
    static class FakeDrafts extends PlanDrafts {

        final Map<Long, StoredDraft> rows = new HashMap<>();

        FakeDrafts() {
            super(null);
        }

        @Override
        long create(String draftingUnitCode, ObjectNode document, String by, Instant at) {
            long id = rows.size() + 1;
            rows.put(id, new StoredDraft(id, draftingUnitCode, null, DraftState.DRAFTING, document, null, null, null, null,
                    by, at, by, at));
            return id;
        }

        @Override
        Optional<StoredDraft> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        void attach(long id, String processInstanceId) {
            StoredDraft d = rows.get(id);
            rows.put(id, new StoredDraft(id, d.draftingUnitCode(), d.issuingUnitCode(), d.state(), d.document(),
                    d.returnReason(), d.returnedFrom(), d.planId(), processInstanceId, d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt()));
        }

        @Override
        void touch(long id, String by, Instant at) {
            StoredDraft d = rows.get(id);
            rows.put(id, new StoredDraft(id, d.draftingUnitCode(), d.issuingUnitCode(), d.state(), d.document(),
                    d.returnReason(), d.returnedFrom(), d.planId(), d.processInstanceId(), d.createdBy(), d.createdAt(), by, at));
        }

        void edit(long id, java.util.function.Consumer<ObjectNode> change) {
            change.accept(rows.get(id).document());
        }

        @Override
        void submit(long id, String issuingUnitCode) {
            StoredDraft d = rows.get(id);
            rows.put(id, new StoredDraft(id, d.draftingUnitCode(), issuingUnitCode, DraftState.AWAITING_APPROVAL,
                    d.document(), null, null, d.planId(), d.processInstanceId(), d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt()));
        }

        @Override
        void returnToDrafter(long id, String reason, ReturnedFrom from) {
            StoredDraft d = rows.get(id);
            rows.put(id, new StoredDraft(id, d.draftingUnitCode(), d.issuingUnitCode(), DraftState.DRAFTING,
                    d.document(), reason, from, d.planId(), d.processInstanceId(), d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt()));
        }

        @Override
        void approve(long id) {
            StoredDraft d = rows.get(id);
            rows.put(id, new StoredDraft(id, d.draftingUnitCode(), d.issuingUnitCode(), DraftState.AWAITING_ISSUE,
                    d.document(), d.returnReason(), d.returnedFrom(), d.planId(), d.processInstanceId(), d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt()));
        }

        @Override
        void issue(long id, ObjectNode document, long planId, String by, Instant at) {
            StoredDraft d = rows.get(id);
            rows.put(id, new StoredDraft(id, d.draftingUnitCode(), d.issuingUnitCode(), DraftState.ISSUED,
                    document, d.returnReason(), d.returnedFrom(), planId, d.processInstanceId(), d.createdBy(), d.createdAt(), by, at));
        }
    }
}
