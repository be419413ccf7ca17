package vn.trienkhai.security;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Which of the current user's groups hold any authorization, asked of the database for those groups only.
 *
 * <p>Before every authorized command Camunda 7.24 narrows the user's groups to those that appear in
 * {@code ACT_RU_AUTHORIZATION}, so that a user in many groups does not send them all into each query. It learns
 * them with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} — every grant of the table, once per
 * command. A rollout writes one grant per unit task, so with 100,000 open tasks that statement was most of an
 * officer's Tasklist page (one list and one count command each; docs/benchmarks.md). Here the same narrowing asks
 * only about the user's own groups, through Camunda's {@code ACT_IDX_AUTH_GROUP_ID}: the result, and so every
 * authorization decision, is the same.
 *
 * <p>The engine's {@link AuthorizationManager} is replaced through its session factory, the engine's own extension
 * point for managers; this class is the one place that knows of it.
 */
@Component
class AuthorizedGroupsLookup extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new ManagerFactory(configuration.getDatabaseTablePrefix()));
        configuration.setCustomSessionFactories(factories);
    }

    private record ManagerFactory(String tablePrefix) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new GroupScopedAuthorizationManager(tablePrefix);
        }
    }

    /** Command scoped, as the engine's manager is: the answer for one list of groups is kept for the command. */
    static final class GroupScopedAuthorizationManager extends AuthorizationManager {

        private final String sql;
        private List<String> askedFor;
        private List<String> answer;

        GroupScopedAuthorizationManager(String tablePrefix) {
            this.sql = "select distinct GROUP_ID_ from " + Objects.toString(tablePrefix, "")
                    + "ACT_RU_AUTHORIZATION where GROUP_ID_ = any (?)";
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return new ArrayList<>();
            }
            if (!authenticatedGroupIds.equals(askedFor)) {
                answer = groupsWithAuthorizations(authenticatedGroupIds);
                askedFor = List.copyOf(authenticatedGroupIds);
            }
            return new ArrayList<>(answer);
        }

        private List<String> groupsWithAuthorizations(List<String> groups) {
            Connection connection = getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Array array = connection.createArrayOf("varchar", groups.toArray());
                statement.setArray(1, array);
                List<String> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                array.free();
                return found;
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not read which groups hold authorizations", e);
            }
        }
    }
}
