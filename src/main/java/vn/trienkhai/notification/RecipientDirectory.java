package vn.trienkhai.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.EscalationPolicy;
import vn.trienkhai.plan.PlanDirectory;
import vn.trienkhai.security.GroupMembers;
import vn.trienkhai.system.ExpiringCache;

/**
 * Who is told: units with their heads and addresses, a plan's lead units and issuing unit, the
 * members of Camunda groups, read through the query APIs of organisation, plan and security.
 * Answers are kept for {@code trienkhai.notification.directory-cache-ttl} (one minute): a plan's
 * contacts and ladder are fixed when it is imported, a unit's addresses or a group's members
 * edited meanwhile reach the notices of the next minute. A plan or unit not found is not kept.
 */
@Component
class RecipientDirectory {

    record Unit(String code, String name, String headName, String headTitle, String headEmail, String email,
                String groupId) {
    }

    /** A plan as its notices name it: {@code label} in full in the body, {@code reference} in the subject. */
    record PlanContacts(long id, String label, String reference, Unit issuingUnit, List<Unit> leadUnits,
                        EscalationPolicy policy, Map<String, Integer> unitOrder) {

        /** The unit's place among the plan's participants (protocol order), null when not listed. */
        Integer position(Unit unit) {
            return unit == null ? null : unitOrder.get(unit.code());
        }
    }

    /** A user of a unit's group: address and name. */
    record Member(String email, String name) {
    }

    private static final int MAX_ENTRIES = 2000;

    private final UnitContacts unitContacts;
    private final PlanDirectory planDirectory;
    private final GroupMembers groupMembers;
    private final ExpiringCache<String, Unit> units;
    private final ExpiringCache<Long, PlanContacts> plans;
    private final ExpiringCache<List<String>, List<Member>> members;

    RecipientDirectory(UnitContacts unitContacts, PlanDirectory planDirectory, GroupMembers groupMembers,
                       NotificationProperties properties) {
        this.unitContacts = unitContacts;
        this.planDirectory = planDirectory;
        this.groupMembers = groupMembers;
        this.units = new ExpiringCache<>(properties.directoryCacheTtl(), MAX_ENTRIES);
        this.plans = new ExpiringCache<>(properties.directoryCacheTtl(), MAX_ENTRIES);
        this.members = new ExpiringCache<>(properties.directoryCacheTtl(), MAX_ENTRIES);
    }

    Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code, key -> unitContacts.byCode(key).map(RecipientDirectory::unit)
                .orElse(null)));
    }

    Optional<PlanContacts> plan(long planId) {
        return Optional.ofNullable(plans.get(planId, id -> loadPlan(id).orElse(null)));
    }

    /** The users in these groups (officers and heads of the units) who have an address. */
    List<Member> members(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return members.get(List.copyOf(groupIds), groups -> groupMembers.withAddress(groups).stream()
                .map(member -> new Member(member.email(), member.name())).toList());
    }

    /** The plan's row, then its units in one query. */
    private Optional<PlanContacts> loadPlan(long planId) {
        return planDirectory.people(planId).flatMap(people -> {
            Set<Long> ids = new LinkedHashSet<>(people.leadUnitIds());
            ids.add(people.issuingUnitId());
            ids.addAll(people.participantPositions().keySet());
            Map<Long, UnitContacts.Contact> contacts = unitContacts.byIds(ids);
            UnitContacts.Contact issuing = contacts.get(people.issuingUnitId());
            if (issuing == null) {
                return Optional.empty();
            }
            List<Unit> leads = people.leadUnitIds().stream().map(contacts::get).filter(Objects::nonNull)
                    .map(RecipientDirectory::unit).toList();
            Map<String, Integer> order = new HashMap<>();
            people.participantPositions().forEach((id, position) -> {
                UnitContacts.Contact unit = contacts.get(id);
                if (unit != null) {
                    order.put(unit.code(), position);
                }
            });
            PlanDirectory.Heading heading = people.heading();
            return Optional.of(new PlanContacts(people.planId(), planLabel(heading.number(), heading.summary()),
                    planReference(heading.number(), heading.directiveNumber()), unit(issuing), leads, people.policy(),
                    Map.copyOf(order)));
        });
    }

    /** The plan named in full, as the body of a notice names it: "Kế hoạch số 71/KH-UBND – <trích yếu>". */
    static String planLabel(String number, String summary) {
        String text = summary == null ? "" : summary.strip();
        return "Kế hoạch số " + number.strip() + (text.isEmpty() ? "" : " – " + text);
    }

    /**
     * The plan in a subject: "KH 71/KH-UBND" once numbered; before that by the directive it implements,
     * "KH 08-CT/TU", the way a clerk refers to it.
     */
    static String planReference(String number, String directiveNumber) {
        String own = number == null ? "" : number.strip();
        boolean numbered = !own.isEmpty() && Character.isDigit(own.charAt(0));
        return "KH " + (numbered || directiveNumber == null || directiveNumber.isBlank() ? own : directiveNumber.strip());
    }

    private static Unit unit(UnitContacts.Contact unit) {
        return new Unit(unit.code(), unit.name(), unit.headName(), unit.headTitle(), unit.headEmail(), unit.email(),
                unit.groupId());
    }
}
