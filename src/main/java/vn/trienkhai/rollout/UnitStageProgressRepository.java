package vn.trienkhai.rollout;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitStageProgressRepository extends JpaRepository<UnitStageProgress, Long> {

    @Query("select p from UnitStageProgress p where p.rollout.id = :rolloutId and p.unit.code = :unitCode"
            + " and p.stage = :stage")
    Optional<UnitStageProgress> find(@Param("rolloutId") Long rolloutId, @Param("unitCode") String unitCode,
                                     @Param("stage") Stage stage);

    @Query("select p from UnitStageProgress p join fetch p.unit u where p.rollout.id = :rolloutId"
            + " order by u.code, p.stage")
    List<UnitStageProgress> findByRollout(@Param("rolloutId") Long rolloutId);

    /** The records of several rollouts (a rollout and its cascades) in one query, by rollout, unit code and stage. */
    @Query("select p from UnitStageProgress p join fetch p.unit u where p.rollout.id in :rolloutIds"
            + " order by p.rollout.id, u.code, p.stage")
    List<UnitStageProgress> findByRollouts(@Param("rolloutIds") Collection<Long> rolloutIds);

    @Query("select p from UnitStageProgress p join fetch p.unit u where p.rollout.id = :rolloutId"
            + " and p.status <> vn.trienkhai.rollout.UnitStageProgress.Status.DONE order by u.code, p.stage")
    List<UnitStageProgress> findOpenByRollout(@Param("rolloutId") Long rolloutId);

    String DONE = "(p.status = vn.trienkhai.rollout.UnitStageProgress.Status.DONE and p.completedAt is not null)";
    String OPEN = "(p.status <> vn.trienkhai.rollout.UnitStageProgress.Status.DONE or p.completedAt is null)";
    String COUNTS = "sum(case when " + DONE + " and (p.dueAt is null or p.completedAt <= p.dueAt) then 1 else 0 end),"
            + " sum(case when " + DONE + " and p.completedAt > p.dueAt then 1 else 0 end),"
            + " sum(case when " + OPEN + " and p.dueAt < :now then 1 else 0 end),"
            + " sum(case when " + OPEN + " and p.dueAt >= :now and p.dueAt < :dueSoonBefore then 1 else 0 end),"
            + " sum(case when " + OPEN + " and (p.dueAt is null or p.dueAt >= :dueSoonBefore) then 1 else 0 end)";

    @Query("select new vn.trienkhai.rollout.StageTally(p.rollout.id, u.code, u.name, " + COUNTS + ")"
            + " from UnitStageProgress p join p.unit u where p.rollout.id in :rolloutIds"
            + " group by p.rollout.id, u.code, u.name")
    List<StageTally> tallyByUnit(@Param("rolloutIds") Collection<Long> rolloutIds, @Param("now") Instant now,
                                 @Param("dueSoonBefore") Instant dueSoonBefore);

    @Query("select new vn.trienkhai.rollout.StageTally(p.rollout.id, " + COUNTS + ")"
            + " from UnitStageProgress p where p.rollout.id in :rolloutIds group by p.rollout.id")
    List<StageTally> tallyByRollout(@Param("rolloutIds") Collection<Long> rolloutIds, @Param("now") Instant now,
                                    @Param("dueSoonBefore") Instant dueSoonBefore);

    @Query("select new vn.trienkhai.rollout.StageLine(p.rollout.id, u.code, u.name, p.stage, p.dueAt,"
            + " case when p.status = vn.trienkhai.rollout.UnitStageProgress.Status.DONE then p.completedAt end)"
            + " from UnitStageProgress p join p.unit u where p.rollout.id in :rolloutIds"
            + " order by p.rollout.id, u.code, p.stage")
    List<StageLine> lines(@Param("rolloutIds") Collection<Long> rolloutIds);

    @Query("select count(p) > 0 from UnitStageProgress p where p.rollout.id in :rolloutIds and p.unit.code = :unitCode")
    boolean existsInRollouts(@Param("rolloutIds") Collection<Long> rolloutIds, @Param("unitCode") String unitCode);
}
