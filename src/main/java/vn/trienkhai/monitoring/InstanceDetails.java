package vn.trienkhai.monitoring;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.system.NotFoundException;
import vn.trienkhai.system.VariableLabelling.Reading;

/**
 * A running process instance as a manager reads it in Cockpit: each variable a person wrote or needs, by its
 * Vietnamese label, with its value in words (a unit's name, a plan's number, dd/mm/yyyy, "Có"/"Không", the
 * label of a choice). Read under the caller's own engine authorization: whoever cannot read the instance in
 * Cockpit cannot read it here.
 */
@Service
class InstanceDetails {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final DateTimeFormatter DAY = VietnameseDates.DAY;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final VariableLabels labels;
    private final UnitRepository units;
    private final PlanRepository plans;
    private final ZoneId zone;

    InstanceDetails(RuntimeService runtime, RepositoryService repository, VariableLabels labels, UnitRepository units,
                    PlanRepository plans, ZoneId zone) {
        this.runtime = runtime;
        this.repository = repository;
        this.labels = labels;
        this.units = units;
        this.plans = plans;
        this.zone = zone;
    }

    record Line(String label, String value) {
    }

    record Details(String process, List<Line> lines, int technical) {
    }

    Details of(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            throw new NotFoundException("Không tìm thấy phiên quy trình đang chạy này, hoặc bạn không có quyền xem.");
        }
        String process = repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
        List<Line> lines = new ArrayList<>();
        int technical = 0;
        for (Map.Entry<String, Object> variable : new TreeMap<>(runtime.getVariables(processInstanceId)).entrySet()) {
            Optional<String> label = labels.labelOf(variable.getKey());
            Optional<String> value = label.flatMap(l -> words(variable.getKey(), variable.getValue()));
            if (value.isPresent()) {
                lines.add(new Line(label.get(), value.get()));
            } else if (label.isEmpty()) {
                technical++;
            }
        }
        return new Details(process, lines, technical);
    }

    private Optional<String> words(String name, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return Optional.empty();
        }
        Reading reading = labels.readingOf(name);
        if (reading == Reading.PLAN && value instanceof Number id) {
            return plans.findById(id.longValue()).map(InstanceDetails::planInWords);
        }
        if (reading == Reading.UNIT && value instanceof String code) {
            return Optional.of(units.findByCode(code).map(OrganisationUnit::getName).orElse(code));
        }
        if (value instanceof String text) {
            Optional<String> choice = labels.choiceOf(name, text);
            if (choice.isPresent()) {
                return choice;
            }
            return Optional.of(ISO_DATE.matcher(text).matches() ? DAY.format(LocalDate.parse(text.substring(0, 10))) : text);
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag ? "Có" : "Không");
        }
        if (value instanceof Date moment) {
            return Optional.of(MOMENT.format(moment.toInstant().atZone(zone)));
        }
        if (value instanceof Number number) {
            return Optional.of(NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(number));
        }
        return Optional.empty();
    }

    private static String planInWords(Plan plan) {
        String number = plan.getNumber();
        boolean numbered = number != null && !number.isBlank() && Character.isDigit(number.charAt(0));
        return (numbered ? "Kế hoạch số " + number + " – " : "") + plan.getSummary();
    }
}
