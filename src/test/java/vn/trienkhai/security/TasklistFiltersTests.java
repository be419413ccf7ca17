package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SecurityIntegrationTest
class TasklistFiltersTests {

    private static final List<String> NAMES = List.of(
            TasklistFilters.UNIT_TASKS, TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);

    @Autowired
    FilterService filterService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AccessProvisioning provisioning;

    @AfterEach
    void clearAuthentication() {
        identityService.clearAuthentication();
    }

    @Test
    void theFourVietnameseFiltersExistOnceEach() {
        List<String> names = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();

        assertThat(names).containsAll(NAMES).doesNotHaveDuplicates();
        assertThat(NAMES).containsExactly("Việc của đơn vị", "Việc của tôi", "Sắp đến hạn", "Quá hạn");
    }

    @Test
    void filtersAreOwnedByTheAdministratorAndRefreshThemselves() {
        Filter filter = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult();

        assertThat(filter.getOwner()).isEqualTo("admin");
        Map<String, Object> properties = filter.getProperties();
        assertThat(properties).containsEntry("refresh", true).containsKeys("priority", "description");
    }

    @Test
    void anOfficerCanReadAndRunEveryFilter() {
        provisioning.ensureUnitGroup("aq-pktht", "Phòng Kinh tế - Hạ tầng");
        provisioning.ensureUser(new UserAccount("aq-pktht.canbo", "Minh", "Trần Văn", "minh@example.invalid",
                "mat-khau", List.of("aq-pktht")));
        identityService.setAuthentication("aq-pktht.canbo", List.of("aq-pktht"));

        List<Filter> visible = filterService.createFilterQuery().list();

        assertThat(visible).extracting(Filter::getName).containsAll(NAMES);
        for (Filter filter : visible) {
            assertThat(filterService.count(filter.getId())).as(filter.getName()).isNotNull();
        }
    }
}
