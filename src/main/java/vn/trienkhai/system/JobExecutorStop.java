package vn.trienkhai.system;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A node that stops (SIGTERM, a rolling update) first stops taking jobs, lets the jobs it runs or
 * has queued finish for up to {@code trienkhai.shutdown.job-grace} (30 s), then releases the locks
 * of jobs it acquired but never started, so that another node takes them at once instead of after
 * the lock time. Jobs still running after the grace keep their lock and run again on another node
 * once it expires. Left alone, Spring would interrupt running jobs and drop queued ones.
 */
@Component
class JobExecutorStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorStop.class);

    private final ProcessEngineConfigurationImpl engine;
    private final ObjectProvider<TaskExecutor> jobThreads;
    private final JdbcTemplate jdbc;
    private final Duration grace;
    private volatile boolean running;

    JobExecutorStop(ProcessEngineConfigurationImpl engine,
                    @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> jobThreads,
                    JdbcTemplate jdbc,
                    @Value("${trienkhai.shutdown.job-grace:PT30S}") Duration grace) {
        this.engine = engine;
        this.jobThreads = jobThreads;
        this.jdbc = jdbc;
        this.grace = grace;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor jobExecutor = engine.getJobExecutor();
        if (jobExecutor == null || !jobExecutor.isActive()
                || !(jobThreads.getIfAvailable() instanceof ThreadPoolTaskExecutor threads)) {
            return;
        }
        jobExecutor.shutdown();
        ThreadPoolExecutor pool = threads.getThreadPoolExecutor();
        pool.shutdown();
        if (!awaitJobs(pool)) {
            log.warn("Shutdown: {} jobs still running after {}; they run again elsewhere once their lock expires",
                    pool.getActiveCount(), grace);
            return;
        }
        int released = jdbc.update("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null, rev_ = rev_ + 1 "
                + "where lock_owner_ = ?", jobExecutor.getLockOwner());
        log.info("Shutdown: job executor stopped, running jobs finished, {} acquired jobs released", released);
    }

    private boolean awaitJobs(ThreadPoolExecutor pool) {
        try {
            return pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown and everything else (the highest phase stops first). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
