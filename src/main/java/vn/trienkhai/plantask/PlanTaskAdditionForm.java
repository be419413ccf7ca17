package vn.trienkhai.plantask;

import static vn.trienkhai.plantask.PlanTaskAdditionProcess.*;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.DeadlineSpecParser;
import vn.trienkhai.deadline.InvalidDeadlineException;
import vn.trienkhai.drafting.DeadlineWording;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanAccess;
import vn.trienkhai.rollout.FormCheck;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;
import vn.trienkhai.rollout.RolloutLookup;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.tasklist.PlanLabels;

/**
 * Reads and checks the start form of "Giao nhiệm vụ bổ sung", every field before anything is
 * written: the plan (a running plan the user manages, named as Tasklist names it), the lead and
 * coordinating units (code or name), the deadline as plans write it. A refusal names the field.
 */
@Component
class PlanTaskAdditionForm {

    static final String DEADLINE_EXAMPLES = "ví dụ 30/11/2026, tháng 11/2026, quý IV/2026, 10 ngày làm việc, thường xuyên";

    private final RolloutLookup lookup;
    private final RolloutDirectory directory;
    private final UnitRepository units;
    private final DeadlineCalculator calculator;
    private final ZoneId zone;

    PlanTaskAdditionForm(RolloutLookup lookup, RolloutDirectory directory, UnitRepository units,
                         DeadlineCalculator calculator, ZoneId zone) {
        this.lookup = lookup;
        this.directory = directory;
        this.units = units;
        this.calculator = calculator;
        this.zone = zone;
    }

    /** @param user who submitted the form; null for the application's own start */
    PlanTaskAddition read(VariableScope variables, CurrentUser user) {
        FormCheck form = new FormCheck(variables, zone);
        Rollout rollout = rollout(form.text(PLAN_NUMBER, PLAN_LABEL, 200), user);
        String title = form.text(TASK_TITLE, TITLE_LABEL, 1_000);
        OrganisationUnit lead = unit(form.text(LEAD_UNIT, LEAD_LABEL, 200), LEAD_LABEL);
        List<OrganisationUnit> coordinators = coordinators(optional(variables, form, COORDINATING_UNITS,
                COORDINATING_LABEL, 2_000), lead);
        DeadlineSpec deadline = deadline(form.text(DEADLINE_TEXT, DEADLINE_LABEL, 100), rollout.getPlan());
        String output = optional(variables, form, EXPECTED_OUTPUT, OUTPUT_LABEL, 1_000);
        return new PlanTaskAddition(rollout, title, lead, coordinators, deadline, output);
    }

    /** The running plan the text names, among those the user may add to. */
    private Rollout rollout(String typed, CurrentUser user) {
        List<Rollout> running = lookup.runningTopLevel().stream().map(directory::rollout).toList();
        List<Rollout> named = running.stream().filter(rollout -> names(rollout.getPlan(), typed)).toList();
        List<Rollout> allowed = running.stream().filter(rollout -> user == null
                || PlanAccess.mayManage(rollout.getPlan(), user)).toList();
        if (!named.isEmpty() && allowed.stream().noneMatch(named::contains)) {
            throw FormCheck.refuse(PLAN_LABEL, "chỉ quản trị viên, đơn vị ban hành và cơ quan chủ trì của kế hoạch "
                    + label(named.get(0).getPlan()) + " được giao nhiệm vụ bổ sung; đơn vị của bạn không chủ trì kế hoạch này");
        }
        List<Rollout> mine = named.stream().filter(allowed::contains).toList();
        if (mine.size() > 1) {
            throw FormCheck.refuse(PLAN_LABEL, "có nhiều kế hoạch cùng tên gọi «" + typed + "»; hãy nhập mã kế hoạch: "
                    + mine.stream().map(rollout -> label(rollout.getPlan()) + " (mã " + rollout.getPlan().getId() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (mine.isEmpty()) {
            throw FormCheck.refuse(PLAN_LABEL, allowed.isEmpty()
                    ? "không có kế hoạch đang triển khai nào mà bạn được giao nhiệm vụ bổ sung (chỉ đơn vị ban hành, "
                            + "cơ quan chủ trì kế hoạch và quản trị viên được giao)"
                    : "không có kế hoạch đang triển khai «" + typed + "» mà bạn được giao nhiệm vụ bổ sung; hãy nhập một trong: "
                            + allowed.stream().map(rollout -> label(rollout.getPlan())).collect(Collectors.joining(", ")));
        }
        return mine.get(0);
    }

    private static boolean names(Plan plan, String typed) {
        String wanted = normal(typed);
        return wanted.equals(String.valueOf(plan.getId())) || wanted.equals(normal(label(plan)))
                || plan.getNumber() != null && wanted.equals(normal(plan.getNumber()));
    }

    static String label(Plan plan) {
        return PlanLabels.label(plan.getNumber(), plan.getDirective() == null ? null : plan.getDirective().getNumber(),
                plan.getSummary());
    }

    private OrganisationUnit unit(String typed, String label) {
        String wanted = normal(typed);
        return units.findByCode(typed.strip().toUpperCase(Locale.ROOT))
                .or(() -> units.findAll().stream().filter(unit -> normal(unit.getName()).equals(wanted)).findFirst())
                .orElseThrow(() -> FormCheck.refuse(label, "không tìm thấy đơn vị «" + typed.strip()
                        + "»; hãy nhập mã đơn vị (ví dụ HP-BTG) hoặc tên đầy đủ như trong danh mục đơn vị"));
    }

    private List<OrganisationUnit> coordinators(String typed, OrganisationUnit lead) {
        if (typed == null) {
            return List.of();
        }
        Map<String, OrganisationUnit> found = new LinkedHashMap<>();
        for (String part : typed.split("[;,\\n]")) {
            if (!part.isBlank()) {
                OrganisationUnit unit = unit(part, COORDINATING_LABEL);
                if (unit.getCode().equals(lead.getCode())) {
                    throw FormCheck.refuse(COORDINATING_LABEL, "đơn vị chủ trì " + lead.getName()
                            + " không đồng thời là đơn vị phối hợp");
                }
                found.putIfAbsent(unit.getCode(), unit);
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The deadline as plans write it, or in the plan document's form ("2026-11-30", "continuous").
     * A number of days counts from today, the day the task is given, and is kept as that date.
     */
    private DeadlineSpec deadline(String typed, Plan plan) {
        LocalDate today = EngineClock.today(zone);
        DeadlineSpec spec = DeadlineWording.read(typed, today.getYear()).or(() -> documentForm(typed))
                .orElseThrow(() -> FormCheck.refuse(DEADLINE_LABEL, "không đọc được thời hạn «" + typed + "»; "
                        + DEADLINE_EXAMPLES));
        if (spec instanceof DeadlineSpec.CalendarDays days) {
            spec = new DeadlineSpec.OnDate(today.plusDays(days.days()));
        } else if (spec instanceof DeadlineSpec.WorkingDays days) {
            spec = new DeadlineSpec.OnDate(calculator.calendar().plusWorkingDays(today, days.days()));
        }
        Optional<LocalDate> lastDay = calculator.lastDay(spec, today);
        if (lastDay.isPresent() && lastDay.get().isBefore(today)) {
            throw FormCheck.refuse(DEADLINE_LABEL, "thời hạn " + PlanTaskStartListener.DATES.format(lastDay.get())
                    + " đã qua");
        }
        if (lastDay.isPresent() && plan.getEndDate() != null && lastDay.get().isAfter(plan.getEndDate())) {
            throw FormCheck.refuse(DEADLINE_LABEL, "thời hạn " + PlanTaskStartListener.DATES.format(lastDay.get())
                    + " sau ngày kết thúc của kế hoạch " + PlanTaskStartListener.DATES.format(plan.getEndDate()));
        }
        return spec;
    }

    private static Optional<DeadlineSpec> documentForm(String typed) {
        try {
            return Optional.of(DeadlineSpecParser.parse((Object) typed));
        } catch (InvalidDeadlineException notOne) {
            return Optional.empty();
        }
    }

    private static String optional(VariableScope variables, FormCheck form, String name, String label, int maxLength) {
        Object value = variables.getVariable(name);
        return value instanceof String text && !text.isBlank() ? form.text(name, label, maxLength) : null;
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
