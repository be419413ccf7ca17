package vn.trienkhai.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    Optional<UnitReport> findByRoundIdAndUnitId(long roundId, long unitId);

    List<UnitReport> findByRoundId(long roundId);
}
