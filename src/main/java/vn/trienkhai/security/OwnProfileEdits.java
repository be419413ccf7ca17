package vn.trienkhai.security;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Names and e-mail addresses are the administrators' to keep: mail about a unit's tasks goes to
 * the address on the profile, so an officer who could change it could send it anywhere. Camunda
 * gives a user UPDATE on the own profile, which also changes the password; the password stays the
 * user's to change.
 */
class OwnProfileEdits implements CommandRule {

    private final ProcessEngineConfigurationImpl configuration;

    OwnProfileEdits(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void check(Command<?> command, CurrentUser user) {
        EngineCommandArguments.savedUser(command).ifPresent(this::checkProfileFields);
    }

    private void checkProfileFields(User changed) {
        User stored = configuration.getIdentityService().createUserQuery().userId(changed.getId()).singleResult();
        if (stored != null && (!Objects.equals(stored.getFirstName(), changed.getFirstName())
                || !Objects.equals(stored.getLastName(), changed.getLastName())
                || !Objects.equals(stored.getEmail(), changed.getEmail()))) {
            throw new AuthorizationException("Chỉ quản trị viên mới được sửa họ tên và địa chỉ thư điện tử của "
                    + "tài khoản. Nếu thông tin của bạn chưa đúng, hãy đề nghị quản trị viên sửa.");
        }
    }
}
