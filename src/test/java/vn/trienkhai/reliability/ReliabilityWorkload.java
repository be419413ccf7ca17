package vn.trienkhai.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.benchmark.SyntheticData;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.rollout.RolloutService;

/**
 * The reliability suite's work, created inside a node (profile {@code reliability}, test sources only, so never in a
 * build): flat units with addresses, a rollout over them, and tasks whose ladder timers wait 30 days until the suite
 * makes them due. Outside {@code /api}, so no login: this endpoint exists only in the suite's child JVMs.
 */
@Profile("reliability")
@RestController
@RequestMapping("/reliability")
class ReliabilityWorkload {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int BATCH = 200;

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final UnitTreeImporter units;
    private final SyntheticData data;
    private final RolloutService rollouts;

    ReliabilityWorkload(ProcessEngine engine, JdbcTemplate jdbc, TransactionTemplate transactions,
                        UnitTreeImporter units, PlanImporter plans, RolloutService rollouts) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.units = units;
        this.data = new SyntheticData(units, plans);
        this.rollouts = rollouts;
    }

    /** This node's job executor's lock owner, as {@code act_ru_job.lock_owner_} names it. */
    @GetMapping("/lock-owner")
    String lockOwner() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
    }

    /** The city body and {@code count} flat units, each with an address and a head with one. */
    @PostMapping("/units")
    int units(@RequestParam int count) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode city = json.createObjectNode().put("code", SyntheticData.CITY).put("name", "Ủy ban thử độ tin cậy")
                .put("kind", "CITY_BODY").put("email", "ubnd@reliability.test");
        ArrayNode children = city.putArray("children");
        for (int i = 1; i <= count; i++) {
            String code = SyntheticData.flatUnit(i);
            ObjectNode unit = children.addObject().put("code", code).put("name", "Đơn vị thử " + i)
                    .put("kind", "DEPARTMENT").put("email", code.toLowerCase() + "@reliability.test");
            unit.putObject("head").put("name", "Thủ trưởng " + i).put("title", "Giám đốc")
                    .put("email", "head-" + code.toLowerCase() + "@reliability.test");
        }
        ObjectNode document = json.createObjectNode();
        document.putArray("units").add(city);
        units.importTree(document);
        return count;
    }

    /** A plan over the first {@code units} flat units, rolled out now; answers the plan's id. */
    @PostMapping("/rollouts")
    long rollout(@RequestParam int units) {
        LocalDate today = LocalDate.now(ZONE);
        long planId = data.plan(units, SyntheticData::flatUnit, today);
        rollouts.start(planId, today);
        return planId;
    }

    /**
     * {@code count} one-task instances of the test model spread over the first {@code units} flat units, due in 30
     * days: each has one pending ladder timer (the reminder). Their business keys start with
     * {@code reliability-<tag>-}. Answers the plan's id they name.
     */
    @PostMapping("/tasks")
    long tasks(@RequestParam String tag, @RequestParam int count, @RequestParam int units) {
        engine.getRepositoryService().createDeployment().name("reliability").enableDuplicateFiltering(false)
                .addClasspathResource("bpmn/notification-test.bpmn").deploy();
        long planId = data.plan(Math.min(units, 10), SyntheticData::flatUnit, LocalDate.now(ZONE));
        Date due = Date.from(Instant.now().plus(Duration.ofDays(30)));
        List<Map<String, Object>> groups = jdbc.queryForList(
                "select code, camunda_group_id from org_unit where code like 'BM-F%' order by code limit ?", units);
        for (int from = 0; from < count; from += BATCH) {
            int start = from;
            transactions.executeWithoutResult(status -> {
                for (int i = start; i < Math.min(count, start + BATCH); i++) {
                    Map<String, Object> unit = groups.get(i % groups.size());
                    engine.getRuntimeService().startProcessInstanceByKey("notification-test", "reliability-" + tag + "-" + i,
                            Map.of("due", due, "unitGroup", unit.get("camunda_group_id"), "taskName", "Việc thử " + i,
                                    "planId", planId, "unitCode", unit.get("code")));
                }
            });
        }
        return planId;
    }
}
