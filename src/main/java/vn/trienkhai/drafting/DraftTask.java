package vn.trienkhai.drafting;

import java.util.List;

/** A task as read from the text, before defaults: the lead may be missing, the deadline unstated. */
record DraftTask(String code, String title, String description, String source, AssignmentGrammar.Assignment assignment,
                 DeadlinePhrases.Found deadline, String output, String outputSource) {

    List<String> coordinatingCodes() {
        return assignment.coordinating().stream().flatMap(named -> named.match().codes().stream()).distinct().toList();
    }

    String leadCode() {
        return assignment.lead() == null ? null : assignment.lead().match().codes().get(0);
    }
}
