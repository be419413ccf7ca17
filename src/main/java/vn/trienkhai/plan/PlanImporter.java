package vn.trienkhai.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.ForbiddenException;
import vn.trienkhai.system.InvalidDocumentException;

/** Imports a plan document in one transaction: all of it, or nothing. */
@Service
public class PlanImporter {

    private final UnitRepository units;
    private final PlanRepository plans;
    private final DirectiveRepository directives;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanImporter(UnitRepository units, PlanRepository plans, DirectiveRepository directives, Clock clock,
                 ApplicationEventPublisher events) {
        this.units = units;
        this.plans = plans;
        this.directives = directives;
        this.clock = clock;
        this.events = events;
    }

    /** Validates without saving; the same checks as {@link #importPlan}. */
    @Transactional(readOnly = true)
    public PlanDocument validate(JsonNode document) {
        return PlanDocumentReader.read(document, references());
    }

    /**
     * Imports for an administrator. An officer could otherwise name the own unit as issuer and
     * lead and so gain a lead office's rights; plans written by offices will come through the
     * plan-drafting process, with leadership's approval.
     */
    @Transactional
    public Plan importPlan(JsonNode document, CurrentUser user) {
        if (!PlanAccess.isAdministrator(user)) {
            throw new ForbiddenException("Chỉ quản trị viên được nhập kế hoạch; hãy gửi tài liệu kế hoạch cho quản trị viên");
        }
        return save(PlanDocumentReader.read(document, references()), user.userId());
    }

    /** Imports on behalf of the system (demo data, start-up files). */
    @Transactional
    public Plan importPlan(JsonNode document, String importedBy) {
        return save(PlanDocumentReader.read(document, references()), importedBy);
    }

    private Plan save(PlanDocument plan, String importedBy) {
        rejectDuplicate(plan.plan());
        Map<String, OrganisationUnit> unitsByCode = unitsOf(plan);
        Plan entity = new Plan(plan.plan().number(), unitsByCode.get(plan.plan().issuingUnit()), plan.plan().place(),
                plan.plan().date(), plan.plan().summary(), plan.plan().layout(), plan.plan().endDate());
        entity.implement(directive(plan.directive()), parentPlan(plan.parentPlanNumber()));
        entity.schedule(new StageDeadlines(DeadlineText.format(plan.stages().study()),
                        DeadlineText.format(plan.stages().disseminate()), DeadlineText.format(plan.stages().unitPlan())),
                new ReportingSchedule(plan.reporting().every(), plan.reporting().submitWorkingDays(),
                        plan.reporting().finalReview()));
        entity.signedBy(plan.plan().signer());
        entity.escalate(plan.escalation());
        entity.importedBy(importedBy, clock.instant());
        plan.leadUnits().forEach(code -> entity.getLeadUnits().add(unitsByCode.get(code)));
        plan.participants().forEach(participant -> entity.getParticipants()
                .add(new PlanParticipant(unitsByCode.get(participant.unit()), participant.cascade())));
        plan.metrics().forEach(metric -> entity.getMetrics().add(new PlanMetric(metric.key(), metric.label(), metric.unit())));
        entity.getRecipients().addAll(plan.recipients());
        entity.getReportRecipients().addAll(plan.reportRecipients());
        addTasks(entity, plan.tasks(), unitsByCode);
        Plan saved = plans.saveAndFlush(entity);
        events.publishEvent(new PlanImported(saved.getId(), PlanAccess.managerGroups(saved)));
        return saved;
    }

    private void addTasks(Plan entity, List<PlanDocument.Task> tasks, Map<String, OrganisationUnit> unitsByCode) {
        for (int i = 0; i < tasks.size(); i++) {
            PlanDocument.Task task = tasks.get(i);
            entity.addTask(new PlanTask(entity, i, task.code(), task.title(), task.description(),
                    unitsByCode.get(task.lead()), task.coordinating().stream().map(unitsByCode::get).toList(),
                    DeadlineText.format(task.deadline()), task.output()));
        }
    }

    private void rejectDuplicate(PlanDocument.Header header) {
        boolean numbered = header.number().matches("^\\d.*");
        if (numbered && plans.findByNumber(header.number()).stream()
                .anyMatch(existing -> existing.getIssuingUnit().getCode().equals(header.issuingUnit()))) {
            throw new ConflictException("Kế hoạch số " + header.number() + " của đơn vị " + header.issuingUnit()
                    + " đã có trong hệ thống");
        }
        if (plans.existsByIssuingUnitCodeAndSummary(header.issuingUnit(), header.summary())) {
            throw new ConflictException("Đơn vị " + header.issuingUnit() + " đã có kế hoạch cùng trích yếu: "
                    + header.summary());
        }
    }

    private Directive directive(PlanDocument.DirectiveData data) {
        if (data == null) {
            return null;
        }
        return directives.findByNumber(data.number()).map(existing -> {
            if (!existing.getIssuedOn().equals(data.date())) {
                throw new InvalidDocumentException("directive.date", "chỉ thị " + data.number()
                        + " đã có trong hệ thống với ngày " + VietnameseDates.day(existing.getIssuedOn())
                        + ": hãy ghi đúng ngày ban hành đó");
            }
            return existing;
        }).orElseGet(() -> directives.save(new Directive(data.number(), data.date(), data.issuer(), data.summary())));
    }

    private Plan parentPlan(String number) {
        return number == null ? null : plans.findFirstByNumberOrderByIdDesc(number).orElseThrow();
    }

    private Map<String, OrganisationUnit> unitsOf(PlanDocument plan) {
        List<String> codes = Stream.of(
                        Stream.of(plan.plan().issuingUnit()),
                        plan.leadUnits().stream(),
                        plan.participants().stream().map(PlanDocument.Participant::unit),
                        plan.tasks().stream().flatMap(task -> Stream.concat(Stream.of(task.lead()), task.coordinating().stream())))
                .flatMap(Function.identity()).distinct().toList();
        return units.findByCodeIn(codes).stream().collect(Collectors.toMap(OrganisationUnit::getCode, Function.identity()));
    }

    private PlanReferences references() {
        java.util.Set<String> unitCodes = units.findAllCodes();
        return new PlanReferences() {
            @Override
            public boolean unitExists(String code) {
                return unitCodes.contains(code);
            }

            @Override
            public boolean planExists(String number) {
                return !plans.findByNumber(number).isEmpty();
            }
        };
    }
}
