package vn.trienkhai.tasklist;

/** The short name of a plan in a task's name: its number, or what stands in for it while blank. */
public final class PlanLabels {

    static final int SHORT_SUMMARY = 60;

    private PlanLabels() {
    }

    /**
     * A plan numbered "15/KH-UBND" is called so; a plan whose number is still a blank template
     * ("/KH-UBND") is called after the directive it carries out ("KH 08-CT/TU"), or else by the
     * beginning of its summary.
     */
    public static String label(String number, String directiveNumber, String summary) {
        if (hasDigit(number)) {
            return number.strip();
        }
        if (hasDigit(directiveNumber)) {
            return "KH " + directiveNumber.strip();
        }
        return shortened(summary);
    }

    static String shortened(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String text = summary.strip().replaceAll("\\s+", " ");
        if (text.length() <= SHORT_SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT_SUMMARY - 1);
        return text.substring(0, cut > SHORT_SUMMARY / 2 ? cut : SHORT_SUMMARY - 1) + "…";
    }

    private static boolean hasDigit(String text) {
        return text != null && text.chars().anyMatch(Character::isDigit);
    }
}
