package vn.trienkhai.plantask;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' own rollouts that are running (a task can be added to these), oldest first. */
@Repository
class RunningRollouts {

    private final JdbcClient jdbc;

    RunningRollouts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    List<Long> ids() {
        return jdbc.sql("select id from rollout where parent_rollout_id is null and status = 'RUNNING' order by id")
                .query(Long.class).list();
    }
}
