package vn.trienkhai.plantask;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.VariableLabelling;

/** The plan-task model's variables no form shows, as Cockpit's "Thông tin" tab reads them. */
@Component
public class PlanTaskVariableLabels implements VariableLabelling {

    @Override
    public List<Variable> variables() {
        return List.of(Variable.labelled(PlanTaskProcess.TASK_ROUND, "Kỳ báo cáo tiếp theo của nhiệm vụ"),
                Variable.labelled(PlanTaskProcess.TASK_STATE, "Tình trạng"),
                Variable.hidden(PlanTaskProcess.PLAN_TASK_ID));
    }
}
