package vn.trienkhai.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on Camunda's authorization table that the engine does not create: {@code USER_ID_}.
 *
 * <p>Every authorized task query (Tasklist's filters) joins the authorizations of the current user,
 * {@code TYPE_ < 2 AND (USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups))}. The groups have
 * Camunda's {@code ACT_IDX_AUTH_GROUP_ID}; the user part only the unique constraint
 * {@code (TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_)}, whose leading {@code TYPE_ < 2} is a
 * range, so PostgreSQL reads every grant (one per candidate group and task) to find the user's:
 * with 100,000 open tasks this scan was most of an officer's page load (docs/benchmarks.md).
 *
 * <p>Flyway runs before the engine creates its tables in a fresh database, so the index cannot be a
 * migration; it is created here, after the engine's schema update, idempotently.
 */
@Component
class AuthorizationIndexes extends AbstractProcessEnginePlugin {

    static final String USER_INDEX = "trienkhai_idx_auth_user_id";

    private static final Logger log = LoggerFactory.getLogger(AuthorizationIndexes.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            statement.execute("create index if not exists " + USER_INDEX + " on " + table + " (USER_ID_)");
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the index " + USER_INDEX + " on " + table, e);
        }
        log.debug("Index {} on {} present", USER_INDEX, table);
    }
}
