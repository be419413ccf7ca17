package vn.trienkhai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.system.DocumentParser;

/**
 * Loads the demo: the organisation tree, a login per unit officer and unit head, and the two seed
 * plans. Runs at every start; what exists already is kept, so a restart changes nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "trienkhai.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UnitTreeImporter unitImporter;
    private final DemoUsers demoUsers;
    private final PlanImporter planImporter;
    private final PlanRepository plans;

    DemoDataLoader(UnitTreeImporter unitImporter, DemoUsers demoUsers, PlanImporter planImporter,
                   PlanRepository plans) {
        this.unitImporter = unitImporter;
        this.demoUsers = demoUsers;
        this.planImporter = planImporter;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<OrganisationUnit> units = unitImporter.importTree(DocumentParser.parseYaml(read("classpath:demo/units.yaml")));
        demoUsers.ensureFor(units);
        Resource[] planFiles = new PathMatchingResourcePatternResolver().getResources("classpath:demo/plans/*.yaml");
        Arrays.sort(planFiles, Comparator.comparing(Resource::getFilename));
        for (Resource file : planFiles) {
            importOnce(file);
        }
        log.info("Demo data ready: {} units, {} plans", units.size(), plans.count());
    }

    private void importOnce(Resource file) throws IOException {
        var document = DocumentParser.parseYaml(readAll(file));
        String issuingUnit = document.path("plan").path("issuingUnit").asText();
        String summary = document.path("plan").path("summary").asText();
        if (plans.existsByIssuingUnitCodeAndSummary(issuingUnit, summary)) {
            return;
        }
        planImporter.importPlan(document, "demo");
        log.info("Imported demo plan {}", file.getFilename());
    }

    private static byte[] read(String location) throws IOException {
        return readAll(new PathMatchingResourcePatternResolver().getResource(location));
    }

    private static byte[] readAll(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
