package vn.trienkhai.reporting.store;

import java.util.List;
import java.util.Optional;

/** Where the consolidated reports' documents are kept. One DRAFT and one FINAL per round; saving again replaces. */
public interface ReportStore {

    /** Stores the document, replacing the round's document of the same version, and returns what was stored. */
    StoredReport save(NewReport report);

    Optional<StoredReport> find(long id);

    Optional<StoredReport> find(long roundId, ReportVersion version);

    /** Every stored document, newest first, without the files. */
    List<StoredReport> list();

    /** The file of the given format. */
    Optional<byte[]> content(long id, DocumentFormat format);
}
