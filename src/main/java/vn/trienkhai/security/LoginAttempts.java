package vn.trienkhai.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code login_throttle} table: failed logins per throttle key, in the database every node shares. */
@Repository
class LoginAttempts {

    record State(String key, int failures, Instant blockedUntil) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    LoginAttempts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys' rows whose last failure is more recent than {@code forgetAfter}. */
    List<State> recent(Collection<String> keys, Instant now, Duration forgetAfter) {
        return jdbc.query("select throttle_key, failures, blocked_until from login_throttle "
                        + "where throttle_key in (:keys) and last_failure_at > :since",
                new MapSqlParameterSource("keys", keys).addValue("since", Timestamp.from(now.minus(forgetAfter))),
                (row, number) -> new State(row.getString(1), row.getInt(2),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()));
    }

    /** Counts one more failure (starting again after {@code forgetAfter} without one); returns the count. */
    int addFailure(String key, Instant now, Duration forgetAfter) {
        Integer failures = jdbc.queryForObject("insert into login_throttle (throttle_key, failures, last_failure_at) "
                        + "values (:key, 1, :now) on conflict (throttle_key) do update set "
                        + "failures = case when login_throttle.last_failure_at > :since "
                        + "then login_throttle.failures + 1 else 1 end, last_failure_at = :now returning failures",
                Map.of("key", key, "now", Timestamp.from(now), "since", Timestamp.from(now.minus(forgetAfter))),
                Integer.class);
        return failures == null ? 1 : failures;
    }

    void block(String key, Instant until) {
        jdbc.update("update login_throttle set blocked_until = :until where throttle_key = :key",
                Map.of("key", key, "until", Timestamp.from(until)));
    }

    void forget(String key) {
        jdbc.update("delete from login_throttle where throttle_key = :key", Map.of("key", key));
    }
}
