package vn.trienkhai.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.reporting.ReportingRoundProcess;
import vn.trienkhai.system.DocumentParser;

/** Test data: the demo organisation tree, small plans, the reporting-round stand-in. */
@Component
class RolloutFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate ROLLOUT_ON = LocalDate.of(2026, 1, 5);
    static final String STUB_DEPLOYMENT = "rollout-test-reporting-round-stub";

    private final UnitTreeImporter units;
    private final PlanImporter plans;
    private final PlanRepository planRepository;
    private final ProcessEngine engine;

    RolloutFixtures(UnitTreeImporter units, PlanImporter plans, PlanRepository planRepository, ProcessEngine engine) {
        this.units = units;
        this.plans = plans;
        this.planRepository = planRepository;
        this.engine = engine;
    }

    /**
     * Units, the engine clock on the rollout day, and a one-step stand-in for reporting-round in place
     * of the real one: these tests are about plan-rollout; the real round has tests of its own. The
     * rollout calls the round by versionTag, so the stand-in takes the real model's tag, and the real
     * definition is removed from this context's engine (Camunda refuses a call when two share a tag).
     */
    void prepare() throws IOException {
        ClockUtil.setCurrentTime(at(ROLLOUT_ON, 9));
        if (planRepository.count() == 0 || engine.getIdentityService().createGroupQuery().groupId("aq-tdp01").count() == 0) {
            importUnits();
        }
        RepositoryService repository = engine.getRepositoryService();
        if (repository.createDeploymentQuery().deploymentName(STUB_DEPLOYMENT).count() == 0) {
            ProcessDefinition real = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(ReportingRoundProcess.KEY).latestVersion().singleResult();
            BpmnModelInstance stub;
            try (InputStream in = new ClassPathResource("rollout/reporting-round-stub.bpmn").getInputStream()) {
                stub = Bpmn.readModelFromStream(in);
            }
            stub.<Process>getModelElementById(ReportingRoundProcess.KEY).setCamundaVersionTag(real.getVersionTag());
            repository.deleteProcessDefinitions().byKey(ReportingRoundProcess.KEY).cascade().delete();
            repository.createDeployment().name(STUB_DEPLOYMENT)
                    .addModelInstance("reporting-round-stub.bpmn", stub).deploy();
        }
    }

    /** The demo tree imported again, as an administrator restores what was removed (groups, members). */
    void importUnits() throws IOException {
        units.importTree(DocumentParser.parseYaml(read("demo/units.yaml")));
    }

    /** A plan of the ward, led by AQ-PKTHT, quarterly reports with a final review, ending 2026-06-30. */
    @Transactional
    long plan(List<String> participants) throws IOException {
        String yaml = new String(read("rollout/small-plan.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("${summary}", "Kế hoạch kiểm thử " + UUID.randomUUID())
                .replace("${participants}", participants.stream().map(p -> "  - " + p)
                        .collect(Collectors.joining("\n")));
        JsonNode document = DocumentParser.parseYaml(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return plans.importPlan(document, "test").getId();
    }

    static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
