package vn.trienkhai.plantask;

import static vn.trienkhai.plantask.PlanTaskProcess.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutRepository;
import vn.trienkhai.rollout.RolloutService;
import vn.trienkhai.system.EngineClock;

/**
 * The demo's Thành ủy plan (seed 003, issued by HP-TU) rolls out at start-up as of 01/07/2026, once,
 * and its tracker is shown at work, played through the engine as the units would with the engine's
 * clock on the day of each step: 2.1 done on time (with its coordinating unit's part), III.2a done late,
 * 2.2 in progress past its deadline, III.2b untouched past its deadline; the continuous tasks run on.
 * A step still ahead of today is left for the users. {@code trienkhai.demo.plan-tasks=false} leaves
 * the plan as imported (tests that count every open task of the demo).
 */
@Component
@Order(50)
@ConditionalOnProperty(name = {"trienkhai.demo.enabled", "trienkhai.demo.plan-tasks"}, havingValue = "true",
        matchIfMissing = false)
class DemoPlanTasks implements ApplicationRunner {

    static final String ISSUING_UNIT = "HP-TU";
    static final LocalDate ROLLOUT_ON = LocalDate.of(2026, 7, 1);
    static final String LEAD_OFFICE = "HP-BTG";
    private static final Duration WAIT_FOR_TASKS = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(DemoPlanTasks.class);

    private final PlanRepository plans;
    private final RolloutRepository rollouts;
    private final RolloutService service;
    private final PlanTaskCatalog catalog;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final ZoneId zone;

    DemoPlanTasks(PlanRepository plans, RolloutRepository rollouts, RolloutService service, PlanTaskCatalog catalog,
                  RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                  IdentityService identityService, ZoneId zone) {
        this.plans = plans;
        this.rollouts = rollouts;
        this.service = service;
        this.catalog = catalog;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        Plan plan = plans.findAllForList().stream()
                .filter(candidate -> ISSUING_UNIT.equals(candidate.getIssuingUnit().getCode()))
                .findFirst().orElse(null);
        if (plan == null || !rollouts.findByPlanIdOrdered(plan.getId()).isEmpty()) {
            return;
        }
        Rollout rollout = service.start(plan.getId(), ROLLOUT_ON);
        if (!tasksStarted(rollout, catalog.taskIdsOf(plan.getId()).size())) {
            log.warn("Demo plan {} rolled out as rollout {}; its tasks did not start in time, none played",
                    plan.getId(), rollout.getId());
            return;
        }
        long rolloutId = rollout.getId();
        contribute(rolloutId, "2.1", "HP-BCSD", at(2026, 9, 18, 15),
                "Chuẩn bị tài liệu, bố trí báo cáo viên của Ủy ban nhân dân thành phố cho hội nghị");
        submit(rolloutId, "2.1", LEAD_OFFICE, at(2026, 9, 24, 10), "Đã tổ chức hội nghị báo cáo viên thành phố quán "
                + "triệt Chỉ thị số 23-CT/TW cho 350 đại biểu", "125-TB/BTGTU", LocalDate.of(2026, 9, 24));
        accept(rolloutId, "2.1", at(2026, 9, 25, 9));
        submit(rolloutId, "III.2a", "HP-BCSD", at(2026, 9, 15, 10), "Ủy ban nhân dân thành phố đã ban hành Chương trình "
                + "hành động thực hiện Chỉ thị số 23-CT/TW", "85/CTr-UBND", LocalDate.of(2026, 9, 14));
        accept(rolloutId, "III.2a", at(2026, 9, 17, 14));
        saveProgress(rolloutId, "2.2", LEAD_OFFICE, at(2026, 10, 20, 16), "Đã tổ chức quán triệt tại 3/4 đảng bộ "
                + "trực thuộc; Đảng bộ quận Lê Chân tổ chức trong tháng 12/2026");
        log.info("Demo plan {} rolled out as rollout {} on {}; its tasks played", plan.getId(), rolloutId, ROLLOUT_ON);
    }

    /**
     * The rollout's own async steps (notifying the units, starting the units' and the tasks' instances)
     * run here until none is left, so the play does not wait for the job executor; where it is running,
     * it may take a step first, and a later attempt sees it done.
     */
    private boolean tasksStarted(Rollout rollout, int taskCount) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_TASKS.toNanos();
        while (System.nanoTime() < deadline) {
            List<Job> steps = managementService.createJobQuery().processInstanceId(rollout.getProcessInstanceId())
                    .messages().executable().list();
            if (steps.isEmpty()) {
                return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                        .variableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rollout.getId()).count() >= taskCount;
            }
            for (Job step : steps) {
                try {
                    managementService.executeJob(step.getId());
                } catch (ProcessEngineException takenByTheJobExecutor) {
                    log.debug("Demo rollout step {} taken by the job executor", step.getId());
                    Thread.sleep(200);
                }
            }
        }
        return false;
    }

    private void contribute(long rolloutId, String code, String unitCode, LocalDateTime when, String text) {
        String group = OrganisationUnit.groupIdFor(unitCode);
        playAt(when, open(rolloutId, code, COORDINATE, group), group, Map.of(CONTRIBUTION, text));
    }

    private void submit(long rolloutId, String code, String unitCode, LocalDateTime when, String summary,
                        String number, LocalDate documentDate) {
        playAt(when, open(rolloutId, code, CARRY_OUT, null), OrganisationUnit.groupIdFor(unitCode), Map.of(
                TASK_STATE, DONE, RESULT_SUMMARY, summary, OUTPUT_NUMBER, number,
                OUTPUT_DATE, documentDate.toString(), FINISHED_ON, documentDate.toString()));
    }

    private void saveProgress(long rolloutId, String code, String unitCode, LocalDateTime when, String note) {
        playAt(when, open(rolloutId, code, CARRY_OUT, null), OrganisationUnit.groupIdFor(unitCode),
                Map.of(TASK_STATE, IN_PROGRESS, PROGRESS_NOTE, note));
    }

    private void accept(long rolloutId, String code, LocalDateTime when) {
        playAt(when, open(rolloutId, code, REVIEW, null), OrganisationUnit.groupIdFor(LEAD_OFFICE),
                Map.of(REVIEW_DECISION, APPROVE));
    }

    private Task open(long rolloutId, String code, String taskKey, String candidateGroup) {
        var query = taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(taskKey)
                .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rolloutId)
                .processVariableValueEquals(TASK_CODE, code);
        return (candidateGroup == null ? query : query.taskCandidateGroup(candidateGroup)).singleResult();
    }

    /** The unit's officer does the step on that day; a day still ahead is left for the users, as is a task not found. */
    private void playAt(LocalDateTime when, Task task, String group, Map<String, Object> form) {
        Date day = Date.from(when.atZone(zone).toInstant());
        if (task == null || !day.toInstant().isBefore(EngineClock.now())) {
            return;
        }
        EngineClock.at(day, () -> {
            identityService.setAuthentication(group + ".canbo", List.of(group));
            try {
                taskService.complete(task.getId(), form);
            } finally {
                identityService.clearAuthentication();
            }
            return null;
        });
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
