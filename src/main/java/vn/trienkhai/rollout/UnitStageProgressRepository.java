package vn.trienkhai.rollout;

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
}
