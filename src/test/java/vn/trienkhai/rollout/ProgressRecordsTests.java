package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.organisation.OrganisationUnit;

@RolloutProcessTest
class ProgressRecordsTests {

    @Autowired ProcessEngine engine;
    @Autowired RolloutFixtures fixtures;
    @Autowired RolloutSteps steps;
    @Autowired ProgressRecords progress;
    @Autowired RolloutDirectory directory;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @BeforeEach
    void prepare() throws Exception {
        fixtures.prepare();
    }

    @AfterEach
    void cleanUp() {
        steps.cleanUp();
        ClockUtil.reset();
    }

    @Test
    void notifiedUnitsGetEveryStageOnceWithTheirDueDatesAndTheStudyOpens() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02", "AQ-TDP03"))).getId();
        transactions.executeWithoutResult(status -> {
            Rollout rollout = directory.rollout(rolloutId);
            progress.assign(rollout, directory.participantsOf(rollout));
        });

        List<UnitStageProgress> records = progress.of(rolloutId);
        assertThat(records).hasSize(3 * Stage.values().length);
        assertThat(records).extracting(record -> record.getUnit().getCode()).containsOnly("AQ-TDP01", "AQ-TDP02", "AQ-TDP03");
        assertThat(records).filteredOn(record -> record.getStage() == Stage.STUDY).hasSize(3).allSatisfy(record -> {
            assertThat(record.getStatus()).isEqualTo(UnitStageProgress.Status.OPEN);
            assertThat(record.getAttempts()).isEqualTo(1);
            assertThat(record.getDueAt()).isEqualTo(engine.getTaskService().createTaskQuery()
                    .taskDefinitionKey(UnitImplementationProcess.STUDY)
                    .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rolloutId)
                    .processVariableValueEquals(UnitImplementationProcess.UNIT_CODE, record.getUnit().getCode())
                    .singleResult().getDueDate().toInstant());
        });
        assertThat(records).filteredOn(record -> record.getStage() == Stage.DISSEMINATE).allSatisfy(record -> {
            assertThat(record.getStatus()).isEqualTo(UnitStageProgress.Status.ASSIGNED);
            assertThat(record.getDueAt()).isNotNull();
            assertThat(record.getAttempts()).isZero();
        });
        assertThat(records).filteredOn(record -> record.getStage() == Stage.REVIEW)
                .allSatisfy(record -> assertThat(record.getDueAt()).isNull());
    }

    @Test
    void participantsComeInThePlansOrder() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP03", "AQ-TDP01", "AQ-TDP02"))).getId();

        List<String> codes = transactions.execute(status -> directory.participantsOf(directory.rollout(rolloutId))
                .stream().map(OrganisationUnit::getCode).toList());
        assertThat(codes).containsExactly("AQ-TDP03", "AQ-TDP01", "AQ-TDP02");
        List<String> codesOnly = transactions.execute(status -> directory.participantCodesOf(directory.rollout(rolloutId)));
        assertThat(codesOnly).isEqualTo(codes);
    }

    @Test
    void anOpeningIsReadBackInItsTransactionAndKeptOnlyWhenItCommits() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP01"))).getId();
        Instant due = Instant.parse("2026-12-31T16:59:59Z");

        transactions.executeWithoutResult(status -> {
            progress.opened(rolloutId, "AQ-TDP01", Stage.IMPLEMENT, due);
            assertThat(record(rolloutId, Stage.IMPLEMENT).getStatus()).isEqualTo(UnitStageProgress.Status.OPEN);
            status.setRollbackOnly();
        });
        assertThat(record(rolloutId, Stage.IMPLEMENT).getStatus()).isEqualTo(UnitStageProgress.Status.ASSIGNED);

        transactions.executeWithoutResult(status -> progress.opened(rolloutId, "AQ-TDP01", Stage.IMPLEMENT, due));
        assertThat(record(rolloutId, Stage.IMPLEMENT)).satisfies(record -> {
            assertThat(record.getStatus()).isEqualTo(UnitStageProgress.Status.OPEN);
            assertThat(record.getDueAt()).isEqualTo(due);
            assertThat(record.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void anOpeningWithoutARecordCreatesIt() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP01"))).getId();
        transactions.executeWithoutResult(status -> jdbc.update(
                "delete from unit_stage_progress where rollout_id = ? and stage = 'IMPLEMENT'", rolloutId));

        transactions.executeWithoutResult(status -> progress.opened(rolloutId, "AQ-TDP01", Stage.IMPLEMENT, null));

        assertThat(record(rolloutId, Stage.IMPLEMENT)).satisfies(record -> {
            assertThat(record.getStatus()).isEqualTo(UnitStageProgress.Status.OPEN);
            assertThat(record.getDueAt()).isNull();
            assertThat(record.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void theEmbeddedPoolSendsBatchedInsertsAsMultiRowStatements() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
        }
    }

    private UnitStageProgress record(long rolloutId, Stage stage) {
        return progress.of(rolloutId).stream().filter(record -> record.getStage() == stage).findFirst().orElseThrow();
    }
}
