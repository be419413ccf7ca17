package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What the extraction understood: a plan document as the import takes it, the guesses, the names it could not place. */
record PlanDraft(ObjectNode document, List<Findings.Finding> findings, List<String> unmatched) {
}
