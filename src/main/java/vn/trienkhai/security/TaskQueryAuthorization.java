package vn.trienkhai.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Task queries check the user's grants with {@code EXISTS} subqueries instead of Camunda's join.
 *
 * <p>Camunda 7.24 joins, in every authorized task list and count, the user's grants
 * ({@code left join (select A.* from ACT_RU_AUTHORIZATION A where TYPE_ < 2 and (user or groups) and (READ on
 * TASK or READ_TASK on PROCESS_DEFINITION)) AUTH on AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}) and keeps the
 * tasks with a match. A unit's group holds one grant per open task of the unit, and PostgreSQL compares each of
 * the unit's tasks with each of the unit's grants (a nested loop: the {@code in} over three columns cannot be
 * hashed), so the work grows with the square of a unit's open tasks (docs/benchmarks.md, officer's task page).
 * The statements of {@code TaskQueryAuthorization.xml} accept the same grants with subqueries that do not depend
 * on the task: a grant on every task ({@code '*'}), on the task's id or on its definition's key. PostgreSQL reads
 * the user's grants once per statement into a hash and looks each task up in it. The same rows are accepted, so
 * the same tasks are returned.
 *
 * <p>The engine's statements are replaced by name ({@link DbSqlSessionFactory#mapStatement}, the engine's own
 * mechanism for database-specific statements) for this engine only. Queries whose check the engine makes
 * differently (REVOKE authorizations present, composite checks) still get the engine's SQL.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

    /** What the engine's fragment sees in place of the query's check: no check, so no join. */
    public static final AuthorizationCheck WITHOUT_JOIN = new AuthorizationCheck();

    static final Map<String, String> STATEMENTS = Map.of(
            "selectTaskByQueryCriteria", "trienkhaiSelectTaskByQueryCriteria",
            "selectTaskCountByQueryCriteria", "trienkhaiSelectTaskCountByQueryCriteria");

    private static final String MAPPER = "vn/trienkhai/security/TaskQueryAuthorization.xml";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        if (!mybatis.isResourceLoaded(MAPPER)) {
            try (InputStream mapper = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(MAPPER)) {
                if (mapper == null) {
                    throw new IllegalStateException(MAPPER + " is missing");
                }
                new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new IllegalStateException("Could not read " + MAPPER, e);
            }
        }
        use(configuration.getDbSqlSessionFactory(), true);
    }

    /** Maps the engine's two task statements to this class's ({@code true}) or back to the engine's. */
    static void use(DbSqlSessionFactory sessions, boolean exists) {
        Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(sessions.getStatementMappings());
        if (exists) {
            mappings.putAll(STATEMENTS);
        } else {
            STATEMENTS.keySet().forEach(mappings::remove);
        }
        sessions.setStatementMappings(mappings);
    }
}
