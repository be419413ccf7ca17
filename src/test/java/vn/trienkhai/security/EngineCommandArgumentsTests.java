package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import vn.trienkhai.security.EngineCommandArguments.GenericStart;
import vn.trienkhai.security.EngineCommandArguments.StartFormSubmission;
import vn.trienkhai.security.EngineCommandArguments.TaskWrite;

/** Pins the engine's internal field names the guard reads: an engine upgrade that renames one fails here. */
class EngineCommandArgumentsTests {

    static final Map<String, Object> SENT = Map.of("studyParticipants", 35);

    @Test
    void completingOrSubmittingATaskIsACompletingWriteOfItsVariables() {
        assertThat(EngineCommandArguments.taskWrite(new CompleteTaskCmd("t1", SENT)))
                .contains(new TaskWrite("t1", SENT, null, true));
        assertThat(EngineCommandArguments.taskWrite(new SubmitTaskFormCmd("t2", SENT, false, false)))
                .contains(new TaskWrite("t2", SENT, null, true));
    }

    @Test
    void settingPatchingAndRemovingVariablesAreWritesWithTheirRemovals() {
        assertThat(EngineCommandArguments.taskWrite(new SetTaskVariablesCmd("t1", SENT, false)))
                .contains(new TaskWrite("t1", SENT, null, false));
        assertThat(EngineCommandArguments.taskWrite(new PatchTaskVariablesCmd("t1", SENT, List.of("reviewer"), true)))
                .contains(new TaskWrite("t1", SENT, List.of("reviewer"), false));
        assertThat(EngineCommandArguments.taskWrite(new RemoveTaskVariablesCmd("t1", List.of("decision"), false)))
                .contains(new TaskWrite("t1", null, List.of("decision"), false));
    }

    @Test
    void startsAreReadWithTheDefinitionTheyName() {
        assertThat(EngineCommandArguments.startFormSubmission(new SubmitStartFormCmd("def:1", null, SENT)))
                .contains(new StartFormSubmission("def:1", SENT));
        assertThat(EngineCommandArguments.genericStart(new StartProcessInstanceCmd(
                (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null,
                        "deadline-extension"))))
                .contains(new GenericStart("deadline-extension", null));
        assertThat(EngineCommandArguments.genericStart(new StartProcessInstanceCmd(
                (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl.createProcessInstanceById(null,
                        "def:2"))))
                .contains(new GenericStart(null, "def:2"));
    }

    @Test
    void aSavedUserIsTheUserSent() {
        UserEntity user = new UserEntity("aq-tdp01.canbo");
        assertThat(EngineCommandArguments.savedUser(new SaveUserCmd(user))).containsSame(user);
    }

    @Test
    void aSavedTaskIsTheTaskSent() {
        TaskEntity task = new TaskEntity("t1");
        assertThat(EngineCommandArguments.savedTask(new SaveTaskCmd(task))).containsSame(task);
    }

    @Test
    void otherCommandsCarryNothingTheGuardReads() {
        GetDeploymentResourceCmd read = new GetDeploymentResourceCmd("d1", "a.bpmn");
        assertThat(EngineCommandArguments.taskWrite(read)).isEmpty();
        assertThat(EngineCommandArguments.startFormSubmission(read)).isEmpty();
        assertThat(EngineCommandArguments.genericStart(read)).isEmpty();
        assertThat(EngineCommandArguments.savedUser(read)).isEmpty();
        assertThat(EngineCommandArguments.savedTask(read)).isEmpty();
    }
}
