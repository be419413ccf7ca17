package vn.trienkhai.reporting;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanImported;
import vn.trienkhai.plan.PlanMetric;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.security.EngineAuthentication;

/**
 * Deploys each plan's unit report form ({@link UnitReportFormSchema}) as a Camunda Form with the id
 * {@link #formId}: when the plan is imported (in the import's transaction, so a plan never exists
 * without its form) and at start-up for plans imported before. A deployment per plan, named after
 * it, with duplicate filtering: deploying an unchanged form again does nothing, so start-up is
 * idempotent; two nodes starting at once are serialised by the start-up lock and the engine's
 * deployment lock. The reporting-round model finds the form with
 * {@code camunda:formRef="${reportingRound.unitReportForm(execution)}"}.
 */
@Component
class ReportForms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportForms.class);
    private static final String FORM_PREFIX = "reporting-unit-report-plan-";

    private final RepositoryService repository;
    private final IdentityService identity;
    private final PlanRepository plans;
    private final TransactionTemplate readOnly;

    ReportForms(RepositoryService repository, IdentityService identity, PlanRepository plans,
                PlatformTransactionManager transactions) {
        this.repository = repository;
        this.identity = identity;
        this.plans = plans;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    static String formId(long planId) {
        return FORM_PREFIX + planId;
    }

    @EventListener
    void planImported(PlanImported imported) {
        Plan plan = plans.findById(imported.planId())
                .orElseThrow(() -> new IllegalStateException("No plan " + imported.planId()));
        deploy(plan.getId(), List.copyOf(plan.getMetrics()));
    }

    @Override
    public void run(ApplicationArguments args) {
        List<PlanForm> forms = readOnly.execute(status -> plans.findAll().stream()
                .map(plan -> new PlanForm(plan.getId(), List.copyOf(plan.getMetrics()))).toList());
        forms.forEach(form -> deploy(form.planId(), form.metrics()));
        log.info("Report forms checked for {} plans", forms.size());
    }

    /**
     * Deployed as the system: the user whose action imported the plan (a clerk issuing a draft)
     * may not create deployments.
     */
    void deploy(long planId, List<PlanMetric> metrics) {
        String formId = formId(planId);
        EngineAuthentication.withoutAuthorization(identity, () -> repository.createDeployment().name(formId)
                .source("trienkhai").addString(formId + ".form", UnitReportFormSchema.of(formId, metrics))
                .enableDuplicateFiltering(false).deploy());
    }

    private record PlanForm(long planId, List<PlanMetric> metrics) {
    }
}
