package vn.trienkhai.reporting;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRoundRepository extends JpaRepository<ReportRound, Long> {

    Optional<ReportRound> findByRolloutIdAndSequence(long rolloutId, int sequence);

    Optional<ReportRound> findFirstByRolloutIdAndCutOffAndFinalReviewOrderBySequenceDesc(long rolloutId, LocalDate cutOff,
            boolean finalReview);
}
