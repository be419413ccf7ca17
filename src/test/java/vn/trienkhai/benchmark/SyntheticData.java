package vn.trienkhai.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.trienkhai.organisation.UnitTreeImporter;
import vn.trienkhai.plan.PlanImporter;
import vn.trienkhai.system.DocumentParser;

/**
 * The synthetic organisation and plans: a city body that issues and leads every plan, flat units
 * for the one-level rollouts, and wards with residential groups for the two-level cascade. Units
 * go through {@link UnitTreeImporter}, so each gets its Camunda group.
 */
public final class SyntheticData {

    public static final String CITY = "BM-UBND";

    private final UnitTreeImporter units;
    private final PlanImporter plans;
    private final ObjectMapper json = new ObjectMapper();

    public SyntheticData(UnitTreeImporter units, PlanImporter plans) {
        this.units = units;
        this.plans = plans;
    }

    public static String flatUnit(int index) {
        return String.format("BM-F%04d", index);
    }

    static String ward(int index) {
        return String.format("BM-W%03d", index);
    }

    static String group(int ward, int index) {
        return String.format("%s-T%03d", ward(ward), index);
    }

    void importFlatUnits(int count) {
        ObjectNode city = unit(CITY, "Ủy ban nhân dân thành phố (thử tải)", "CITY_BODY");
        ArrayNode children = city.putArray("children");
        IntStream.rangeClosed(1, count).forEach(i -> children.add(unit(flatUnit(i), "Đơn vị thử tải " + i, "DEPARTMENT")));
        importUnits(city);
    }

    /** {@code wards} wards, each with {@code groups} residential groups, imported ward by ward. */
    void importWards(int wards, int groups) {
        for (int w = 1; w <= wards; w++) {
            ObjectNode ward = unit(ward(w), "Phường thử tải " + w, "WARD");
            ArrayNode children = ward.putArray("children");
            for (int g = 1; g <= groups; g++) {
                children.add(unit(group(w, g), "Tổ dân phố " + g + ", phường thử tải " + w, "RESIDENTIAL_GROUP"));
            }
            importUnits(ward);
        }
    }

    /** A plan of the city over {@code count} participants; {@code participant} gives each YAML entry. */
    public long plan(int count, IntFunction<String> participant, LocalDate rolloutOn) {
        String participants = IntStream.rangeClosed(1, count).mapToObj(i -> "  - " + participant.apply(i))
                .collect(Collectors.joining("\n"));
        String yaml = String.join("\n",
                "directive: {number: 99-CT/BM, date: 2026-01-05, issuer: Ban Thường vụ (thử tải), summary: thử tải}",
                "plan:",
                "  number: /KH-UBND",
                "  issuingUnit: " + CITY,
                "  place: Hải Phòng",
                "  summary: Kế hoạch thử tải " + UUID.randomUUID(),
                "  layout: state",
                "  endDate: " + rolloutOn.plusYears(1),
                "  signer: {authority: KT. CHỦ TỊCH, title: PHÓ CHỦ TỊCH, name: Nguyễn Văn Thử}",
                "leadUnits: [" + CITY + "]",
                "participants:",
                participants,
                "stages:",
                "  study: {workingDays: 10}",
                "  disseminate: {workingDays: 20}",
                "  unitPlan: {workingDays: 15}",
                "tasks:",
                "  - {code: NV1, title: Tổ chức thực hiện kế hoạch, lead: " + CITY + ", deadline: continuous}",
                "reporting: {every: quarter, submitWorkingDays: 3, finalReview: true}",
                "metrics:",
                "  - {key: sessions, label: Số buổi tuyên truyền, unit: buổi}",
                "recipients:",
                "  - \"Lưu: VT.\"",
                "");
        return plans.importPlan(DocumentParser.parseYaml(yaml.getBytes(StandardCharsets.UTF_8)), "benchmark").getId();
    }

    private void importUnits(ObjectNode root) {
        ObjectNode document = json.createObjectNode();
        document.putArray("units").add(root);
        units.importTree(document);
    }

    private ObjectNode unit(String code, String name, String kind) {
        return json.createObjectNode().put("code", code).put("name", name).put("kind", kind);
    }
}
