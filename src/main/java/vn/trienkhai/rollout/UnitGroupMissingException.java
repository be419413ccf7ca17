package vn.trienkhai.rollout;

/**
 * A unit's task cannot be created: its Camunda group is gone. The message is what Cockpit shows
 * as the incident of that unit's job, so it says in Vietnamese what to do before retrying.
 */
class UnitGroupMissingException extends RuntimeException {

    UnitGroupMissingException(String unitCode, String groupId) {
        super("Đơn vị " + unitCode + " không còn nhóm người dùng «" + groupId + "» nên chưa giao được nhiệm vụ."
                + " Tạo lại nhóm (Admin → Nhóm, hoặc nhập lại danh mục đơn vị) rồi chọn «Thử lại» cho sự cố này.");
    }

    /**
     * The engine wraps an exception thrown inside an expression as {@code new
     * ProcessEngineException(cause)}, whose message is this text: without the class name in front,
     * the incident reads as the sentence above.
     */
    @Override
    public String toString() {
        return getMessage();
    }
}
