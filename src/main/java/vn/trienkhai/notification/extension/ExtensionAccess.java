package vn.trienkhai.notification.extension;

import org.springframework.stereotype.Component;
import vn.trienkhai.security.EveryUnitStarts;

/** The officers of every unit may ask for more time from Tasklist: deadline-extension is theirs to start. */
@Component
class ExtensionAccess implements EveryUnitStarts {

    @Override
    public String processDefinitionKey() {
        return ExtensionProcess.KEY;
    }
}
