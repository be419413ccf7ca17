package vn.trienkhai.plan;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.trienkhai.security.CurrentUser;
import vn.trienkhai.system.DocumentParser;
import vn.trienkhai.system.EngineClock;

@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanImporter importer;
    private final PlanPreviewService previews;
    private final PlanQueries queries;
    private final ZoneId zone;

    PlanController(PlanImporter importer, PlanPreviewService previews, PlanQueries queries,
                   ZoneId zone) {
        this.importer = importer;
        this.previews = previews;
        this.queries = queries;
        this.zone = zone;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, DocumentParser.YAML, "application/x-yaml", "text/yaml"})
    ResponseEntity<PlanView> importPlan(@RequestBody byte[] body,
                                        @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                        CurrentUser user) {
        Plan plan = importer.importPlan(DocumentParser.parse(body, contentType), user);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.getId())).body(queries.view(plan.getId(), user));
    }

    @PostMapping(path = "/preview",
            consumes = {MediaType.APPLICATION_JSON_VALUE, DocumentParser.YAML, "application/x-yaml", "text/yaml"})
    PlanPreview preview(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rolloutOn) {
        // Without a date the plan rolls out today by the engine's clock, the one issuing and rollouts use.
        return previews.preview(DocumentParser.parse(body, contentType),
                rolloutOn == null ? EngineClock.today(zone) : rolloutOn);
    }

    @GetMapping
    List<PlanView.Summary> list(CurrentUser user) {
        return queries.list(user);
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable long id, CurrentUser user) {
        return queries.view(id, user);
    }
}
