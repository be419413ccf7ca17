package vn.trienkhai.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<OrganisationUnit, Long> {

    Optional<OrganisationUnit> findByCode(String code);

    List<OrganisationUnit> findByCodeIn(Collection<String> codes);

    @Query("select u.code from OrganisationUnit u")
    Set<String> findAllCodes();

    @Query("select u from OrganisationUnit u left join fetch u.parent order by u.code")
    List<OrganisationUnit> findAllWithParent();
}
