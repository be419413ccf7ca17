package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.system.ExpiringCache;

/** A plan's manager groups are read once per node for all the instances its rollout starts. */
class PlanInstanceGrantsTests {

    final AtomicLong now = new AtomicLong();
    final PlanRepository plans = mock(PlanRepository.class);
    final PlanInstanceGrants grants = new PlanInstanceGrants(plans,
            new ExpiringCache<>(PlanInstanceGrants.TIME_TO_LIVE, PlanInstanceGrants.MAX_ENTRIES, now::get));

    @Test
    void thePlanIsReadOnceForAllItsInstancesThenAgainAfterTheTimeToLive() {
        Optional<Plan> first = Optional.of(plan("ubnd-hn", "so-tp", "ubnd-hn"));
        Optional<Plan> second = Optional.of(plan("ubnd-hn", "so-ld"));
        when(plans.findById(1L)).thenReturn(first);
        when(plans.findById(2L)).thenReturn(second);

        assertThat(grants.managerGroups(1L)).containsExactly("ubnd-hn", "so-tp");
        assertThat(grants.managerGroups(1L)).containsExactly("ubnd-hn", "so-tp");
        assertThat(grants.managerGroups(2L)).as("another plan is a miss").containsExactly("ubnd-hn", "so-ld");
        verify(plans, times(1)).findById(1L);

        now.addAndGet(PlanInstanceGrants.TIME_TO_LIVE.plus(Duration.ofSeconds(1)).toNanos());
        grants.managerGroups(1L);
        verify(plans, times(2)).findById(1L);
    }

    @Test
    void aPlanNotFoundGrantsNothingAndIsNotKept() {
        when(plans.findById(3L)).thenReturn(Optional.empty());
        assertThat(grants.managerGroups(3L)).isEmpty();

        Optional<Plan> imported = Optional.of(plan("ubnd-hn"));
        when(plans.findById(3L)).thenReturn(imported);
        assertThat(grants.managerGroups(3L)).containsExactly("ubnd-hn");
    }

    private static Plan plan(String issuingGroup, String... leadGroups) {
        Plan plan = mock(Plan.class);
        OrganisationUnit issuing = unit(issuingGroup);
        when(plan.getIssuingUnit()).thenReturn(issuing);
        List<OrganisationUnit> leads = Arrays.stream(leadGroups).map(PlanInstanceGrantsTests::unit).toList();
        when(plan.getLeadUnits()).thenReturn(leads);
        return plan;
    }

    private static OrganisationUnit unit(String groupId) {
        OrganisationUnit unit = mock(OrganisationUnit.class);
        when(unit.getCamundaGroupId()).thenReturn(groupId);
        return unit;
    }
}
