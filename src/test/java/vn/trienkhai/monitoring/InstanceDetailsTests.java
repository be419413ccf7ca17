package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.trienkhai.monitoring.InstanceDetails.Line;
import vn.trienkhai.notification.extension.ExtensionVariableLabels;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitKind;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.plantask.PlanTaskVariableLabels;
import vn.trienkhai.reporting.ReportingVariableLabels;
import vn.trienkhai.rollout.RolloutVariableLabels;
import vn.trienkhai.system.NotFoundException;
import vn.trienkhai.system.VariableLabelling;
import vn.trienkhai.system.WorkVariableLabels;

/** Cockpit's "Thông tin" tab: labels from the deployed forms, values in words, identifiers hidden. */
class InstanceDetailsTests {

    final RuntimeService runtime = mock(RuntimeService.class);
    final RepositoryService repository = mock(RepositoryService.class);
    final UnitRepository units = mock(UnitRepository.class);
    final PlanRepository plans = mock(PlanRepository.class);
    final ProcessInstanceQuery query = mock(ProcessInstanceQuery.class, RETURNS_SELF);
    final InstanceDetails details = new InstanceDetails(runtime, repository, new VariableLabels(new ObjectMapper(),
            List.of(new WorkVariableLabels(), new RolloutVariableLabels(), new PlanTaskVariableLabels(),
                    new ReportingVariableLabels(), new ExtensionVariableLabels())),
            units, plans, ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeEach
    void engine() {
        when(runtime.createProcessInstanceQuery()).thenReturn(query);
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getProcessDefinitionId()).thenReturn("unit-implementation:1:7");
        when(query.singleResult()).thenReturn(instance);
        ProcessDefinition definition = mock(ProcessDefinition.class);
        when(definition.getName()).thenReturn("Đơn vị triển khai thực hiện");
        when(repository.getProcessDefinition("unit-implementation:1:7")).thenReturn(definition);
        when(units.findByCode("AQ-TDP01")).thenReturn(Optional.of(
                new OrganisationUnit("AQ-TDP01", "Tổ dân phố số 1", UnitKind.RESIDENTIAL_GROUP)));
    }

    @Test
    void aUnitsInstanceReadsInVietnameseWords() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("unitCode", "AQ-TDP01");
        variables.put("studyFormat", "TRUC_TIEP");
        variables.put("studyHeldOn", "2026-01-05");
        variables.put("studyParticipants", 1250L);
        variables.put("reviewDecision", "APPROVE");
        variables.put("disseminationChannels", "Loa phát thanh, Zalo");
        variables.put("acceptPastDeadlines", true);
        variables.put("rolloutId", 41L);
        variables.put("someEngineFlag", "x");
        variables.put("returnReason", "");
        when(runtime.getVariables("pi-1")).thenReturn(variables);

        InstanceDetails.Details result = details.of("pi-1");

        assertThat(result.process()).isEqualTo("Đơn vị triển khai thực hiện");
        assertThat(result.lines()).contains(
                new Line("Đơn vị", "Tổ dân phố số 1"),
                new Line("Hình thức", "Hội nghị trực tiếp"),
                new Line("Ngày tổ chức học tập, quán triệt", "05/01/2026"),
                new Line("Số người tham dự", "1.250"),
                new Line("Kết quả xem xét", "Đạt yêu cầu"),
                new Line("Hình thức tuyên truyền đã sử dụng", "Loa phát thanh, Zalo"),
                new Line("Triển khai dù có hạn đã qua", "Có"));
        assertThat(result.lines()).extracting(Line::label).doesNotContain("rolloutId", "someEngineFlag")
                .noneMatch(label -> label.startsWith("Lý do"));
        assertThat(result.lines()).extracting(Line::value).doesNotContain("TRUC_TIEP", "APPROVE", "AQ-TDP01", "41");
        assertThat(result.technical()).isEqualTo(2);
    }

    @Test
    void eachOwnersVariablesReadAsTheOwnerDeclaresThem() {
        when(units.findByCode("AQ-PHUONG")).thenReturn(Optional.of(
                new OrganisationUnit("AQ-PHUONG", "Phường Ái Quốc", UnitKind.WARD)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("cascadingUnitCode", "AQ-PHUONG");
        variables.put("taskRound", 2L);
        variables.put("reportApproved", false);
        variables.put("planTaskId", 7L);
        variables.put("roundId", 8L);
        variables.put("taskId", "task-9");
        when(runtime.getVariables("pi-1")).thenReturn(variables);

        InstanceDetails.Details result = details.of("pi-1");

        assertThat(result.lines()).containsExactlyInAnyOrder(
                new Line("Đơn vị triển khai tiếp xuống cơ sở", "Phường Ái Quốc"),
                new Line("Kỳ báo cáo tiếp theo của nhiệm vụ", "2"),
                new Line("Báo cáo đã được phê duyệt", "Không"));
        assertThat(result.technical()).isEqualTo(3);
    }

    @Test
    void aVariableTwoOwnersDeclareIsRefused() {
        VariableLabelling twice = () -> List.of(VariableLabelling.Variable.labelled("unitCode", "Đơn vị khác"));

        assertThatThrownBy(() -> new VariableLabels(new ObjectMapper(), List.of(new WorkVariableLabels(), twice)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unitCode");
    }

    @Test
    void aMomentIsShownInHanoiTime() {
        when(runtime.getVariables("pi-1")).thenReturn(Map.of("finishedOn",
                Date.from(Instant.parse("2026-03-31T17:30:00Z"))));

        assertThat(details.of("pi-1").lines()).containsExactly(new Line("Ngày hoàn thành", "01/04/2026 00:30"));
    }

    @Test
    void anInstanceTheCallerCannotReadOrThatEndedIsNotFound() {
        when(query.singleResult()).thenReturn(null);

        assertThatThrownBy(() -> details.of("pi-gone")).isInstanceOf(NotFoundException.class)
                .hasMessage("Không tìm thấy phiên quy trình đang chạy này, hoặc bạn không có quyền xem.");
    }
}
