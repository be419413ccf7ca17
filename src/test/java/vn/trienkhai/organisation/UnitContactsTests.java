package vn.trienkhai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.system.QueryDatabase;

/** The units other features read, on the real migrations. */
class UnitContactsTests {

    private final UnitContacts units = new UnitContacts(QueryDatabase.jdbc());

    @Test
    void aUnitIsFoundByItsCodeWithItsHeadAndAddresses() {
        long id = QueryDatabase.unit("UC-1", "Phường Một");

        assertThat(units.byCode("UC-1")).contains(new UnitContacts.Contact(id, "UC-1", "Phường Một", "Nguyễn Văn A",
                "Chủ tịch", "head@uc-1.vn", "office@uc-1.vn", "uc-1"));
        assertThat(units.byCode("UC-NONE")).isEmpty();
    }

    @Test
    void unitsAreFoundByTheirIdsInOneAnswerAndAnUnknownIdIsLeftOut() {
        long first = QueryDatabase.unit("UC-2", "Phường Hai");
        long second = QueryDatabase.unit("UC-3", "Phường Ba");

        var found = units.byIds(List.of(first, second, -1L));

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(second).name()).isEqualTo("Phường Ba");
        assertThat(units.byIds(List.of())).isEmpty();
    }

    @Test
    void unitsAreFoundByTheirCodesInOneAnswerAndAnUnknownCodeIsLeftOut() {
        long first = QueryDatabase.unit("UC-4", "Phường Bốn");

        var found = units.byCodes(List.of("UC-4", "UC-NONE"));

        assertThat(found).containsOnlyKeys("UC-4");
        assertThat(found.get("UC-4").id()).isEqualTo(first);
        assertThat(units.byCodes(List.of())).isEmpty();
    }
}
