package vn.trienkhai.plan;

import static vn.trienkhai.system.DocumentReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.DeadlineSpecParser;
import vn.trienkhai.deadline.InvalidDeadlineException;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.system.DocumentReader;

/** Reads the lists of a plan document: units, stages, tasks, reporting, metrics, recipients. */
final class PlanPartsReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TASK_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern METRIC_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,59}");
    private static final Set<String> PARTICIPANT_FIELDS = Set.of("unit", "cascade");
    private static final Set<String> STAGE_FIELDS = Set.of("study", "disseminate", "unitPlan");
    private static final Set<String> TASK_FIELDS = Set.of("code", "title", "description", "lead", "coordinating",
            "deadline", "output");
    private static final Set<String> REPORTING_FIELDS = Set.of("every", "submitWorkingDays", "finalReview");
    private static final Set<String> METRIC_FIELDS = Set.of("key", "label", "unit");
    private static final Set<String> ESCALATION_FIELDS = Set.of("reminderWorkingDaysBefore", "unitHeadAfterDays",
            "leadOfficeAfterWorkingDays", "leadershipAfterWorkingDays", "repeatEveryDays");

    private final DocumentReader reader;
    private final PlanReferences references;

    PlanPartsReader(DocumentReader reader, PlanReferences references) {
        this.reader = reader;
        this.references = references;
    }

    void checkUnit(String code, String field) {
        if (code != null && !references.unitExists(code)) {
            reader.error(field, "không có đơn vị mã " + code);
        }
    }

    List<String> unitCodes(JsonNode parent, String name) {
        return unitCodeList(reader.array(parent, name, "", true), name);
    }

    private List<String> unitCodeList(List<JsonNode> items, String listPath) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = path(listPath, i);
            if (!items.get(i).isTextual() || items.get(i).asText().isBlank()) {
                reader.error(field, "phải là mã đơn vị");
                continue;
            }
            String code = items.get(i).asText().strip();
            if (codes.contains(code)) {
                reader.error(field, "đơn vị bị lặp lại: " + code);
            }
            checkUnit(code, field);
            codes.add(code);
        }
        return codes;
    }

    List<PlanDocument.Participant> participants(JsonNode root) {
        List<PlanDocument.Participant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> items = reader.array(root, "participants", "", true);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String field = path("participants", i);
            String code;
            boolean cascade = false;
            if (item.isObject()) {
                reader.rejectUnknownFields(item, field, PARTICIPANT_FIELDS);
                code = reader.text(item, "unit", field, true, 40);
                cascade = reader.bool(item, "cascade", field, false);
                field = path(field, "unit");
            } else {
                code = item.isTextual() && !item.asText().isBlank() ? item.asText().strip() : null;
                if (code == null) {
                    reader.error(field, "phải là mã đơn vị hoặc {unit, cascade}");
                }
            }
            if (code != null && !seen.add(code)) {
                reader.error(field, "đơn vị bị lặp lại: " + code);
            }
            checkUnit(code, field);
            participants.add(new PlanDocument.Participant(code, cascade));
        }
        return participants;
    }

    PlanDocument.Stages stages(JsonNode root, LocalDate endDate) {
        JsonNode node = reader.object(root, "stages", "", true);
        if (node == null) {
            return null;
        }
        reader.rejectUnknownFields(node, "stages", STAGE_FIELDS);
        return new PlanDocument.Stages(deadline(node, "study", "stages", endDate),
                deadline(node, "disseminate", "stages", endDate), deadline(node, "unitPlan", "stages", endDate));
    }

    List<PlanDocument.Task> tasks(JsonNode root, LocalDate endDate) {
        List<PlanDocument.Task> tasks = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<JsonNode> items = reader.array(root, "tasks", "", true);
        for (int i = 0; i < items.size(); i++) {
            String field = path("tasks", i);
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                reader.error(field, "phải là một đối tượng");
                continue;
            }
            reader.rejectUnknownFields(item, field, TASK_FIELDS);
            String code = reader.text(item, "code", field, true, 40);
            if (code != null && !TASK_CODE.matcher(code).matches()) {
                reader.error(path(field, "code"), "chỉ gồm chữ cái không dấu, chữ số, '.', '_' và '-'");
            } else if (code != null && !codes.add(code)) {
                reader.error(path(field, "code"), "mã nhiệm vụ bị trùng: " + code);
            }
            String lead = reader.text(item, "lead", field, true, 40);
            checkUnit(lead, path(field, "lead"));
            List<String> coordinating = unitCodeList(reader.array(item, "coordinating", field, false),
                    path(field, "coordinating"));
            if (lead != null && coordinating.contains(lead)) {
                reader.error(path(field, "coordinating"), "đơn vị chủ trì " + lead + " không đồng thời là đơn vị phối hợp");
            }
            tasks.add(new PlanDocument.Task(code, reader.text(item, "title", field, true, 1000),
                    reader.text(item, "description", field, false, 10000), lead, coordinating,
                    deadline(item, "deadline", field, endDate), reader.text(item, "output", field, false, 1000)));
        }
        return tasks;
    }

    PlanDocument.Reporting reporting(JsonNode root) {
        JsonNode node = reader.object(root, "reporting", "", true);
        if (node == null) {
            return null;
        }
        reader.rejectUnknownFields(node, "reporting", REPORTING_FIELDS);
        ReportingFrequency every = null;
        String value = reader.text(node, "every", "reporting", true, 20);
        if (value != null) {
            try {
                every = ReportingFrequency.parse(value);
            } catch (RuntimeException exception) {
                reader.error("reporting.every", exception.getMessage());
            }
        }
        return new PlanDocument.Reporting(every, reader.integer(node, "submitWorkingDays", "reporting", 3, 1, 30),
                reader.bool(node, "finalReview", "reporting", true));
    }

    List<PlanDocument.Metric> metrics(JsonNode root) {
        List<PlanDocument.Metric> metrics = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<JsonNode> items = reader.array(root, "metrics", "", false);
        for (int i = 0; i < items.size(); i++) {
            String field = path("metrics", i);
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                reader.error(field, "phải là một đối tượng {key, label, unit}");
                continue;
            }
            reader.rejectUnknownFields(item, field, METRIC_FIELDS);
            String key = reader.text(item, "key", field, true, 60);
            if (key != null && !METRIC_KEY.matcher(key).matches()) {
                reader.error(path(field, "key"), "bắt đầu bằng chữ cái, chỉ gồm chữ cái không dấu, chữ số và '_'");
            } else if (key != null && !keys.add(key)) {
                reader.error(path(field, "key"), "mã chỉ tiêu bị trùng: " + key);
            }
            metrics.add(new PlanDocument.Metric(key, reader.text(item, "label", field, true, 300),
                    reader.text(item, "unit", field, true, 60)));
        }
        return metrics;
    }

    /** A list of nơi nhận lines ({@code recipients} of the plan, {@code reportRecipients} of its reports). */
    List<String> recipients(JsonNode root, String name, boolean required) {
        List<String> recipients = new ArrayList<>();
        List<JsonNode> items = reader.array(root, name, "", required);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isTextual() || items.get(i).asText().isBlank()) {
                reader.error(path(name, i), "phải là một dòng nơi nhận");
            } else if (items.get(i).asText().length() > 500) {
                reader.error(path(name, i), "dài quá 500 ký tự");
            } else {
                recipients.add(Normalizer.normalize(items.get(i).asText().strip(), Normalizer.Form.NFC));
            }
        }
        return recipients;
    }

    EscalationPolicy escalation(JsonNode root) {
        JsonNode node = reader.object(root, "escalation", "", false);
        if (node == null) {
            return null;
        }
        reader.rejectUnknownFields(node, "escalation", ESCALATION_FIELDS);
        return new EscalationPolicy(optionalInteger(node, "reminderWorkingDaysBefore", 0, 30),
                optionalInteger(node, "unitHeadAfterDays", 0, 30), optionalInteger(node, "leadOfficeAfterWorkingDays", 0, 60),
                optionalInteger(node, "leadershipAfterWorkingDays", 0, 60), optionalInteger(node, "repeatEveryDays", 1, 90));
    }

    private Integer optionalInteger(JsonNode node, String name, int min, int max) {
        return node.hasNonNull(name) ? reader.integer(node, name, "escalation", min, min, max) : null;
    }

    private DeadlineSpec deadline(JsonNode parent, String name, String parentPath, LocalDate endDate) {
        JsonNode node = parent.get(name);
        String field = path(parentPath, name);
        if (node == null || node.isNull()) {
            reader.error(field, "bắt buộc (một ngày, {month}, {quarter}, {days}, {workingDays} hoặc continuous)");
            return null;
        }
        try {
            DeadlineSpec spec = DeadlineSpecParser.parse(JSON.convertValue(node, Object.class));
            LocalDate lastDay = fixedLastDay(spec);
            if (endDate != null && lastDay != null && lastDay.isAfter(endDate)) {
                reader.error(field, "hạn " + VietnameseDates.day(lastDay) + " sau ngày kết thúc kế hoạch "
                        + VietnameseDates.day(endDate));
            }
            return spec;
        } catch (InvalidDeadlineException exception) {
            reader.error(field, exception.getMessage());
            return null;
        }
    }

    private static LocalDate fixedLastDay(DeadlineSpec spec) {
        if (spec instanceof DeadlineSpec.OnDate onDate) {
            return onDate.date();
        }
        if (spec instanceof DeadlineSpec.EndOfMonth month) {
            return month.month().atEndOfMonth();
        }
        if (spec instanceof DeadlineSpec.EndOfQuarter quarter) {
            return LocalDate.of(quarter.year(), quarter.quarter() * 3, 1).withDayOfMonth(1).plusMonths(1).minusDays(1);
        }
        return null;
    }
}
