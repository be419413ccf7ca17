package vn.trienkhai.rollout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitStageProgressRepository extends JpaRepository<UnitStageProgress, Long> {

    @Query("select p from UnitStageProgress p where p.rollout.id = :rolloutId and p.unit.code = :unitCode"
            + " and p.stage = :stage")
    Optional<UnitStageProgress> find(@Param("rolloutId") Long rolloutId, @Param("unitCode") String unitCode,
                                     @Param("stage") Stage stage);

    /** Opens the record in place (as {@link UnitStageProgress#open}); 0 when there is none. */
    @Modifying(flushAutomatically = true)
    @Query("update UnitStageProgress p set p.status = :status, p.dueAt = :dueAt, p.completedAt = null,"
            + " p.completedBy = null, p.onTime = null, p.attempts = p.attempts + 1"
            + " where p.rollout.id = :rolloutId and p.stage = :stage"
            + " and p.unit.id = (select u.id from OrganisationUnit u where u.code = :unitCode)")
    int open(@Param("rolloutId") Long rolloutId, @Param("unitCode") String unitCode, @Param("stage") Stage stage,
             @Param("dueAt") Instant dueAt, @Param("status") UnitStageProgress.Status status);

    @Query("select p from UnitStageProgress p join fetch p.unit u where p.rollout.id = :rolloutId"
            + " order by u.code, p.stage")
    List<UnitStageProgress> findByRollout(@Param("rolloutId") Long rolloutId);
}
