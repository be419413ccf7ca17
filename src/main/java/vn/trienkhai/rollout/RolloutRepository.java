package vn.trienkhai.rollout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.trienkhai.organisation.OrganisationUnit;

public interface RolloutRepository extends JpaRepository<Rollout, Long> {

    boolean existsByPlanIdAndParentRolloutIsNullAndStatus(Long planId, RolloutStatus status);

    Optional<Rollout> findByParentRolloutIdAndLeadUnitId(Long parentRolloutId, Long leadUnitId);

    Optional<Rollout> findByProcessInstanceId(String processInstanceId);

    @Query("select r from Rollout r left join fetch r.leadUnit where r.plan.id = :planId order by r.level, r.id")
    List<Rollout> findByPlanIdOrdered(@Param("planId") Long planId);

    /** The plan's participating units in the plan's order, in one query. */
    @Query("select u from Plan p join p.participants pp join pp.unit u where p.id = :planId order by index(pp)")
    List<OrganisationUnit> findParticipants(@Param("planId") Long planId);

    /** The codes of the plan's participating units in the plan's order, without loading the units. */
    @Query("select u.code from Plan p join p.participants pp join pp.unit u where p.id = :planId order by index(pp)")
    List<String> findParticipantCodes(@Param("planId") Long planId);

    @Query("select u.code from OrganisationUnit u where u.parent = :parent order by u.code")
    List<String> findSubUnitCodes(@Param("parent") OrganisationUnit parent);

    @Query("select u from OrganisationUnit u where u.parent = :parent order by u.code")
    List<OrganisationUnit> findSubUnits(@Param("parent") OrganisationUnit parent);
}
