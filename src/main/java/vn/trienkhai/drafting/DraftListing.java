package vn.trienkhai.drafting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.security.PersonNames;

/**
 * «Bản thảo kế hoạch của đơn vị»: the drafts the caller's units write, and those sent to them for
 * approval and issue. Nothing of another unit.
 */
@Service
@Transactional(readOnly = true)
class DraftListing {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    private static final DateTimeFormatter DAY = VietnameseDates.DAY;

    private final PlanDrafts drafts;
    private final UnitRepository units;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ZoneId zone;

    DraftListing(PlanDrafts drafts, UnitRepository units, TaskService tasks, IdentityService identity, ZoneId zone) {
        this.drafts = drafts;
        this.units = units;
        this.tasks = tasks;
        this.identity = identity;
        this.zone = zone;
    }

    List<DraftSummary> list(CurrentUser user) {
        Map<String, OrganisationUnit> byCode = units.findAllWithParent().stream()
                .collect(Collectors.toMap(OrganisationUnit::getCode, Function.identity()));
        Set<String> own = byCode.values().stream().filter(unit -> user.isMemberOf(unit.getCamundaGroupId()))
                .map(OrganisationUnit::getCode).collect(Collectors.toSet());
        if (own.isEmpty()) {
            return List.of();
        }
        List<StoredDraft> rows = drafts.ofUnits(own);
        Map<String, Task> open = openTasks(rows, user);
        Map<String, String> names = names(rows);
        return rows.stream().map(draft -> summary(draft, byCode, open.get(draft.processInstanceId()), names)).toList();
    }

    private DraftSummary summary(StoredDraft draft, Map<String, OrganisationUnit> byCode, Task task, Map<String, String> names) {
        String summary = draft.document().path("plan").path("summary").asText("").strip();
        String state = draft.state().label() + (draft.returnedFrom() != null && draft.state() == DraftState.DRAFTING
                ? " (bị trả lại)" : "");
        return new DraftSummary(draft.id(), summary.isEmpty() ? "Dự thảo số " + draft.id() + " (chưa có trích yếu)" : summary,
                draft.state().name(), state, name(byCode, draft.draftingUnitCode()), name(byCode, draft.issuingUnitCode()),
                draft.state() == DraftState.DRAFTING ? draft.returnReason() : null,
                draft.updatedAt().atZone(zone).format(DAY), names.getOrDefault(draft.updatedBy(), draft.updatedBy()),
                "/drafting/editor.html?draft=" + draft.id(), task == null ? null : new DraftSummary.OpenTask(task.getId(),
                        task.getName(), TASKLIST + URLEncoder.encode(task.getId(), StandardCharsets.UTF_8)));
    }

    /** The open step of each draft's process that the caller may take: their groups' or assigned to them. */
    private Map<String, Task> openTasks(List<StoredDraft> rows, CurrentUser user) {
        String[] instances = rows.stream().map(StoredDraft::processInstanceId).filter(Objects::nonNull).toArray(String[]::new);
        if (instances.length == 0) {
            return Map.of();
        }
        var query = tasks.createTaskQuery().processInstanceIdIn(instances);
        if (user.groupIds().isEmpty()) {
            query.taskAssignee(user.userId());
        } else {
            query.or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr();
        }
        return query.list().stream().collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (a, b) -> a));
    }

    /** Who changed each draft last, as the user is called in Camunda. */
    private Map<String, String> names(List<StoredDraft> rows) {
        String[] ids = rows.stream().map(StoredDraft::updatedBy).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return identity.createUserQuery().userIdIn(ids).list().stream().collect(Collectors.toMap(User::getId,
                PersonNames::displayName,
                (a, b) -> a));
    }

    private static String name(Map<String, OrganisationUnit> byCode, String code) {
        if (code == null) {
            return null;
        }
        OrganisationUnit unit = byCode.get(code);
        return unit == null ? "Đơn vị không còn trong cây tổ chức" : unit.getName();
    }
}
