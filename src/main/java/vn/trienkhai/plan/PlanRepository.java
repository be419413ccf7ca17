package vn.trienkhai.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p join fetch p.issuingUnit left join fetch p.directive order by p.id")
    List<Plan> findAllForList();

    List<Plan> findByNumber(String number);

    boolean existsByIssuingUnitCodeAndSummary(String issuingUnitCode, String summary);

    Optional<Plan> findFirstByNumberOrderByIdDesc(String number);
}
