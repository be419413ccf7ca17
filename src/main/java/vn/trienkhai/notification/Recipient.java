package vn.trienkhai.notification;

/**
 * Who a notice goes to and why: the address, the "Kính gửi" line (role and name as the mail greets them) and the
 * step of the ladder whose recipient they are, which decides what the mail asks of them.
 */
record Recipient(String address, String greeting, EscalationLevel role) {

    static Recipient unitHead(RecipientDirectory.Unit unit, EscalationLevel role) {
        String address = unit.headEmail() != null ? unit.headEmail() : unit.email();
        if (unit.headName() == null || unit.headName().isBlank()) {
            return new Recipient(address, unit.headEmail() != null ? "Lãnh đạo " + unit.name() : unit.name(), role);
        }
        String title = unit.headTitle() == null || unit.headTitle().isBlank() ? "" : ", " + unit.headTitle().strip();
        return new Recipient(address, "Đồng chí " + unit.headName().strip() + title + " (" + unit.name() + ")", role);
    }

    static Recipient unitAddress(RecipientDirectory.Unit unit, EscalationLevel role) {
        return new Recipient(unit.email(), unit.name(), role);
    }

    static Recipient member(RecipientDirectory.Member member, String unitName, EscalationLevel role) {
        String name = member.name() == null || member.name().isBlank() ? member.email() : member.name();
        String greeting = "Đồng chí " + name + (unitName == null || unitName.isBlank() ? "" : " (" + unitName + ")");
        return new Recipient(member.email(), greeting, role);
    }
}
