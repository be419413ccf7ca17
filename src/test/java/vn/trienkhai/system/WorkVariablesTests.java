package vn.trienkhai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class WorkVariablesTests {

    @Test
    void idsAreReadWhicheverIntegerTypeTheEngineKeptThemIn() {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(WorkVariables.PLAN_ID)).thenReturn(7);
        when(scope.getVariable(WorkVariables.ROLLOUT_ID)).thenReturn(12L);
        when(scope.getVariable(WorkVariables.UNIT_CODE)).thenReturn("AQ-TDP01");
        when(scope.getVariable(WorkVariables.ROUND_SEQUENCE)).thenReturn(3L);

        assertThat(WorkVariables.planId(scope)).isEqualTo(7L);
        assertThat(WorkVariables.rolloutId(scope)).isEqualTo(12L);
        assertThat(WorkVariables.unitCode(scope)).isEqualTo("AQ-TDP01");
        assertThat(WorkVariables.roundSequence(scope)).isEqualTo(3);
    }

    @Test
    void aProcessThatDoesNotCarryThemReadsNull() {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(WorkVariables.PLAN_ID)).thenReturn("7");

        assertThat(WorkVariables.planId(scope)).as("a text is not an id").isNull();
        assertThat(WorkVariables.rolloutId(scope)).isNull();
        assertThat(WorkVariables.unitCode(scope)).isNull();
        assertThat(WorkVariables.roundSequence(scope)).isNull();
    }

    @Test
    void theContractNamesAreTheModelsOwn() {
        assertThat(WorkVariables.PLAN_ID).isEqualTo("planId");
        assertThat(WorkVariables.ROLLOUT_ID).isEqualTo("rolloutId");
        assertThat(WorkVariables.UNIT_CODE).isEqualTo("unitCode");
        assertThat(WorkVariables.ROUND_SEQUENCE).isEqualTo("roundSequence");
    }
}
