package vn.trienkhai.monitoring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What Cockpit's "Thông tin" tab shows of a running instance (docs/monitoring.md). */
@RestController
class InstanceDetailsController {

    private final InstanceDetails details;

    InstanceDetailsController(InstanceDetails details) {
        this.details = details;
    }

    @GetMapping("/api/process-instances/{processInstanceId}/details")
    InstanceDetails.Details details(@PathVariable String processInstanceId) {
        return details.of(processInstanceId);
    }
}
