package vn.trienkhai.monitoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.WorkVariables;

/**
 * The caller's own open work in a plan — units' plans and results to review, reports to approve, extensions to
 * decide — so that Cockpit's plan page leads to it in Tasklist. Read under the caller's engine authorization:
 * the tasks of their groups or assigned to them, most urgent first.
 */
@Service
class NextSteps {

    static final int LIMIT = 50;
    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService tasks;
    private final ZoneId zone;

    NextSteps(TaskService tasks, ZoneId zone) {
        this.tasks = tasks;
        this.zone = zone;
    }

    record Step(String taskId, String name, OffsetDateTime dueAt, String tasklistLink) {
    }

    List<Step> of(long planId, CurrentUser user) {
        TaskQuery query = tasks.createTaskQuery().processInstanceBusinessKey(WorkVariables.planBusinessKey(planId));
        if (user.groupIds().isEmpty()) {
            query.taskAssignee(user.userId());
        } else {
            query.or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr();
        }
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, LIMIT).stream()
                .map(this::step).toList();
    }

    private Step step(Task task) {
        return new Step(task.getId(), task.getName(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(),
                TASKLIST + URLEncoder.encode(task.getId(), StandardCharsets.UTF_8));
    }
}
