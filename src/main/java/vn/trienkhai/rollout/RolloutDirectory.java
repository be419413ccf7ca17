package vn.trienkhai.rollout;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;

/**
 * Who takes part in a rollout and who leads it. A top-level rollout runs over the plan's
 * participants and is led by the plan's lead units; a cascaded one runs over the cascading unit's
 * sub-units and is led by that unit.
 */
@Service
@Transactional(readOnly = true)
public class RolloutDirectory {

    private final RolloutRepository rollouts;

    RolloutDirectory(RolloutRepository rollouts) {
        this.rollouts = rollouts;
    }

    public Rollout rollout(long rolloutId) {
        return rollouts.findById(rolloutId)
                .orElseThrow(() -> new IllegalStateException("No rollout " + rolloutId));
    }

    /** The dates a unit's due dates are computed from; read through {@link RolloutSchedules}. */
    RolloutSchedule schedule(long rolloutId) {
        return RolloutSchedule.of(rollout(rolloutId));
    }

    public List<OrganisationUnit> participantsOf(Rollout rollout) {
        if (rollout.getLeadUnit() == null) {
            return rollouts.findParticipants(rollout.getPlan().getId());
        }
        return rollouts.findSubUnits(rollout.getLeadUnit());
    }

    /**
     * The participants' codes, as {@link #participantsOf} orders them. No unit is loaded: the
     * multi-instance body asks for them in the transaction that creates every unit's task.
     */
    public List<String> participantCodesOf(Rollout rollout) {
        if (rollout.getLeadUnit() == null) {
            return rollouts.findParticipantCodes(rollout.getPlan().getId());
        }
        return rollouts.findSubUnitCodes(rollout.getLeadUnit());
    }

    /** Camunda group ids of the office that reviews the units' plans and reports. */
    public List<String> leadGroupsOf(Rollout rollout) {
        if (rollout.getLeadUnit() != null) {
            return List.of(rollout.getLeadUnit().getCamundaGroupId());
        }
        return rollout.getPlan().getLeadUnits().stream().map(OrganisationUnit::getCamundaGroupId).toList();
    }

    /** The group that approves: the plan's issuing unit, or the cascading unit for a child rollout. */
    public String leadershipGroupOf(Rollout rollout) {
        OrganisationUnit unit = rollout.getLeadUnit() != null ? rollout.getLeadUnit() : rollout.getPlan().getIssuingUnit();
        return unit.getCamundaGroupId();
    }

    /**
     * Whether the unit launches its own rollout: at the top level when the plan marks the
     * participant to cascade; below it when the unit has sub-units (a ward over its groups).
     */
    public boolean cascades(Rollout rollout, OrganisationUnit unit) {
        if (rollout.getLeadUnit() == null) {
            return rollout.getPlan().getParticipants().stream()
                    .anyMatch(p -> p.isCascades() && p.getUnit().getId().equals(unit.getId()));
        }
        return rollout.getLevel() < RolloutLimits.MAX_LEVEL && !rollouts.findSubUnits(unit).isEmpty();
    }
}
