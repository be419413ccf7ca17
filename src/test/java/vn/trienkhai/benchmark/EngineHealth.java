package vn.trienkhai.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import vn.trienkhai.rollout.PlanRolloutProcess;
import vn.trienkhai.rollout.UnitImplementationProcess;

/** What must hold after the runs: no incidents, no failed jobs, no optimistic-locking storm; and the counts. */
final class EngineHealth {

    private final ProcessEngine engine;
    private final OptimisticLockingCounter counter;

    EngineHealth(ProcessEngine engine, OptimisticLockingCounter counter) {
        this.engine = engine;
        this.counter = counter;
    }

    boolean healthy() {
        return incidents() == 0 && failedJobs() == 0 && counter.optimisticLocking() == 0 && counter.otherFailures() == 0;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("incidents: " + incidents());
        lines.add("failed jobs (with an exception): " + failedJobs()
                + ", of which without retries left: " + engine.getManagementService().createJobQuery().noRetriesLeft().count());
        lines.add("OptimisticLockingException (commands ended by one): " + counter.optimisticLocking());
        lines.add("other failed commands: " + counter.otherFailures());
        lines.add("running instances: plan-rollout " + instances(PlanRolloutProcess.KEY)
                + ", unit-implementation " + instances(UnitImplementationProcess.KEY)
                + ", " + BareBaseline.KEY + " " + instances(BareBaseline.KEY));
        lines.add("open tasks: " + engine.getTaskService().createTaskQuery().count()
                + "; jobs: " + engine.getManagementService().createJobQuery().count()
                + " (executable now: " + engine.getManagementService().createJobQuery().executable().count() + ")");
        return lines;
    }

    private long incidents() {
        return engine.getRuntimeService().createIncidentQuery().count();
    }

    private long failedJobs() {
        return engine.getManagementService().createJobQuery().withException().count();
    }

    private long instances(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
    }
}
