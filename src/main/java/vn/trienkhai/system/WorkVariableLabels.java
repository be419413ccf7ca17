package vn.trienkhai.system;

import java.util.List;
import org.springframework.stereotype.Component;

/** The work variables' labels: the plan and the unit by name, the round by its number, the rollout hidden. */
@Component
public class WorkVariableLabels implements VariableLabelling {

    @Override
    public List<Variable> variables() {
        return List.of(new Variable(WorkVariables.PLAN_ID, "Kế hoạch", Reading.PLAN),
                Variable.unit(WorkVariables.UNIT_CODE, "Đơn vị"),
                Variable.labelled(WorkVariables.ROUND_SEQUENCE, "Kỳ báo cáo thứ"),
                Variable.hidden(WorkVariables.ROLLOUT_ID));
    }
}
