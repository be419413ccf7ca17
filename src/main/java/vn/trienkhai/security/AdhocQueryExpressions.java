package vn.trienkhai.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * CVE-2026-109432: Camunda 7.24 CE evaluates expressions inside the {@code orQueries} of an
 * ad-hoc task query although {@code enableExpressionsInAdhocQueries} is off, because its check
 * looks at the top-level query only. A query a user sends may carry no expression at any depth;
 * stored filters (created by administrators) keep theirs, they are not run as a query command.
 */
class AdhocQueryExpressions implements CommandRule {

    static final String MESSAGE = "Truy vấn không được chứa biểu thức (các trường …Expression, kể cả trong "
            + "orQueries). Hãy gửi giá trị cụ thể, ví dụ assignee thay cho assigneeExpression.";

    @Override
    public void check(Command<?> command, CurrentUser user) {
        if (command instanceof TaskQueryImpl query && hasExpressions(query)) {
            throw new BadUserRequestException(MESSAGE);
        }
    }

    private static boolean hasExpressions(TaskQueryImpl query) {
        if (!query.getExpressions().isEmpty()) {
            return true;
        }
        return query.getQueries().stream().anyMatch(or -> or != query && !or.getExpressions().isEmpty());
    }
}
