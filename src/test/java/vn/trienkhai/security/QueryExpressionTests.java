package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.trienkhai.DemoApplicationTest;

/**
 * CVE-2026-109432 as a residential group's officer would try it: expressions inside
 * {@code orQueries} of a task query, and in the extending query of a filter, on {@code /engine-rest},
 * the webapps' engine API and the engine itself. Each is refused with a 400 naming the field.
 */
@DemoApplicationTest
class QueryExpressionTests {

    private static final String OFFICER = "aq-tdp01.canbo";
    private static final String OFFICER_LOGIN = TestHttp.basic(OFFICER, "demo");
    /** Harmless: moves the due-after bound back a century, so the count changes when it is evaluated. */
    private static final String PROBE = "{\"orQueries\":[{\"dueAfterExpression\":\"${dateTime().plusYears(-100).toDate()}\"}]}";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @TempDir
    Path scratch;

    private final ObjectMapper json = new ObjectMapper();
    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void aCommandInOrQueriesOfTaskCountIsRefusedAndNotRun() throws Exception {
        Path pwned = scratch.resolve("pwned");
        String attack = "{\"orQueries\":[{\"assigneeExpression\":\"${\\\"\\\".getClass().forName(\\\"java.lang.Runtime\\\")"
                + ".getMethod(\\\"getRuntime\\\").invoke(null).exec(\\\"touch " + pwned + "\\\").toString()}\"}]}";

        HttpResponse<String> response = http.send("POST", "/engine-rest/task/count", OFFICER_LOGIN, attack);

        assertExpressionRefused(response, "assigneeExpression");
        Thread.sleep(300);
        assertThat(pwned).doesNotExist();
    }

    @Test
    void theHarmlessProbeIsRefusedOnEverySpellingOfTheEngineRestPath() throws Exception {
        for (String path : List.of("/engine-rest/task/count", "/engine-rest/task", "/engine-rest/engine/default/task/count",
                "/engine-rest//task/count", "/engine-rest/task/count?firstResult=0")) {
            assertExpressionRefused(http.send("POST", path, OFFICER_LOGIN, PROBE), "dueAfterExpression");
        }
    }

    @Test
    void anExpressionDeepInsideNestedJsonOrAQueryParameterIsRefused() throws Exception {
        String deep = "{\"orQueries\":[{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":"
                + "{\"nested\":{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}}}]}]}";
        assertExpressionRefused(http.send("POST", "/engine-rest/task/count", OFFICER_LOGIN, deep),
                "candidateGroupsExpression");
        assertExpressionRefused(http.send("GET", "/engine-rest/task/count?assigneeExpression=%24%7BcurrentUser()%7D",
                OFFICER_LOGIN, null), "assigneeExpression");
    }

    @Test
    void theExtendingQueryOfAFilterMayCarryNoExpression() throws Exception {
        HttpResponse<String> filters = http.get("/engine-rest/filter?resourceType=Task", OFFICER_LOGIN);
        assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
        String filterId = json.readTree(filters.body()).get(0).get("id").asText();

        assertExpressionRefused(http.send("POST", "/engine-rest/filter/" + filterId + "/list", OFFICER_LOGIN, PROBE),
                "dueAfterExpression");
        assertExpressionRefused(http.send("POST", "/engine-rest/filter/" + filterId + "/count", OFFICER_LOGIN, PROBE),
                "dueAfterExpression");
        HttpResponse<String> plain = http.send("POST", "/engine-rest/filter/" + filterId + "/count", OFFICER_LOGIN,
                "{\"orQueries\":[{\"assignee\":\"" + OFFICER + "\"}]}");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    }

    @Test
    void theTasklistSessionsEngineApiRefusesTheProbe() throws Exception {
        WebappSession tasklist = WebappSession.logIn(port, OFFICER, "demo");
        assertThat(tasklist.loginStatus).isEqualTo(200);

        assertExpressionRefused(tasklist.send("POST", "/camunda/api/engine/engine/default/task/count", PROBE),
                "dueAfterExpression");
        HttpResponse<String> plain = tasklist.send("POST", "/camunda/api/engine/engine/default/task/count",
                "{\"orQueries\":[{\"assignee\":\"" + OFFICER + "\"}]}");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    }

    @Test
    void theEngineItselfRefusesAnExpressionInAnOrQueryOfAnOfficer() {
        identityService.setAuthentication(OFFICER, List.of("aq-tdp01"));

        assertThatThrownBy(() -> taskService.createTaskQuery().or()
                .dueAfterExpression("${dateTime().plusYears(-100).toDate()}").endOr().count())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries");
        assertThat(taskService.createTaskQuery().or().taskAssignee(OFFICER).endOr().count()).isNotNegative();
    }

    @Test
    void anAdministratorStillCreatesAStoredFilterWithAnExpression() throws Exception {
        String filter = "{\"resourceType\":\"Task\",\"name\":\"Thử biểu thức\",\"owner\":\"admin\","
                + "\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}";

        HttpResponse<String> created = http.send("POST", "/engine-rest/filter/create", TestHttp.basic("admin", "admin"),
                filter);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = json.readTree(created.body()).get("id").asText();
        assertThat(http.send("DELETE", "/engine-rest/filter/" + id, TestHttp.basic("admin", "admin"), null)
                .statusCode()).isEqualTo(204);
    }

    private void assertExpressionRefused(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asText()).isEqualTo("Không được dùng biểu thức trong truy vấn");
        assertThat(problem.get("detail").asText()).contains("«" + field + "»").doesNotContain("ENGINE-");
    }
}
