package vn.trienkhai.rollout;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.VariableLabelling;

/** The plan-rollout model's variables no form shows, as Cockpit's "Thông tin" tab reads them. */
@Component
public class RolloutVariableLabels implements VariableLabelling {

    @Override
    public List<Variable> variables() {
        return List.of(Variable.unit(PlanRolloutProcess.CASCADING_UNIT_CODE, "Đơn vị triển khai tiếp xuống cơ sở"),
                Variable.labelled(PlanRolloutProcess.ROUND_COUNT, "Số kỳ báo cáo"),
                Variable.labelled(PlanRolloutProcess.ROLLOUT_ON, "Ngày triển khai"),
                Variable.labelled(PlanRolloutProcess.ACCEPT_PAST_DEADLINES, "Triển khai dù có hạn đã qua"),
                Variable.hidden(PlanRolloutProcess.PARENT_ROLLOUT_ID));
    }
}
