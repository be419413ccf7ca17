package vn.trienkhai.reporting.document;

/** Study (học tập, quán triệt) and outreach (tuyên truyền) totals of the round. */
public record OutreachSummary(long studySessions, long studyParticipants, long outreachSessions, long outreachReach) {

    public static final OutreachSummary NONE = new OutreachSummary(0, 0, 0, 0);
}
