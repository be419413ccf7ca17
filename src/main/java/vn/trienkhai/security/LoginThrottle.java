package vn.trienkhai.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting anyone lock an account. Failed logins are counted
 * per account and client address, and per client address; past a few free failures the next
 * attempt on that key is accepted only after a delay that doubles with each failure and is capped
 * at {@link #MAX_DELAY}. The account's owner on another address is never held up by an attacker,
 * a right password on the same address waits at most the cap, and a success clears its count.
 * Counts are forgotten after {@link #FORGET_AFTER} without a failure.
 */
@Component
class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int MAX_ACCOUNT_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginAttempts attempts;
    private final Clock clock;

    LoginThrottle(LoginAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Whether the login may be checked now, or how long the caller must still wait. */
    record Verdict(Optional<Duration> delay, boolean accountHasFailures) {
    }

    Verdict check(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account, address);
        List<LoginAttempts.State> states = attempts.recent(List.of(accountKey, addressKey(address)), now, FORGET_AFTER);
        Optional<Duration> wait = states.stream()
                .map(LoginAttempts.State::blockedUntil)
                .filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo)
                .map(until -> Duration.between(now, until));
        return new Verdict(wait, states.stream().anyMatch(state -> state.key().equals(accountKey)));
    }

    /** How long the caller must still wait before this login is even checked; empty when it may go ahead. */
    Optional<Duration> waitBefore(String account, String address) {
        return check(account, address).delay();
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account, address), FREE_ACCOUNT_FAILURES, now, "account '" + account + "' from " + address);
        count(addressKey(address), FREE_ADDRESS_FAILURES, now, "any account from " + address);
    }

    void succeeded(String account, String address) {
        attempts.forget(accountKey(account, address));
    }

    static Duration delayAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 16);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private void count(String key, int free, Instant now, String who) {
        int failures = attempts.addFailure(key, now, FORGET_AFTER);
        Duration delay = delayAfter(failures, free);
        if (!delay.isZero()) {
            attempts.block(key, now.plus(delay));
            log.warn("Login throttled after {} failed logins for {}: next attempt accepted in {} s", failures, who,
                    delay.toSeconds());
        }
    }

    private static String accountKey(String account, String address) {
        String name = account.toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > MAX_ACCOUNT_LENGTH ? name.substring(0, MAX_ACCOUNT_LENGTH) : name) + "@"
                + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
