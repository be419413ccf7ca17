package vn.trienkhai.notification;

import java.util.Optional;

/**
 * Where the dispatcher finds, at sending time, what an approved report's mail says and carries: implemented by the
 * reporting module over its document store. Empty when the document is gone (the attempt then fails).
 */
public interface ReportMailSource {

    Optional<ReportMailContent> load(long reportDocumentId);
}
