package vn.trienkhai.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectiveRepository extends JpaRepository<Directive, Long> {

    Optional<Directive> findByNumber(String number);
}
