package vn.trienkhai.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.trienkhai.DemoApplicationTest;

/** The Vietnamese locales and configuration the webapp starter serves in place of Camunda's own. */
@DemoApplicationTest
class WebappLocaleTests {

    private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a manager sees on the Cockpit dashboard and process pages. */
    private static final List<String> COCKPIT_TRANSLATED = List.of("COCKPIT_PROCESSES", "COCKPIT_DECISIONS",
            "COCKPIT_HUMAN_TASKS", "COCKPIT_MORE", "DASHBOARD_RIGHT_NOW", "DASHBOARD_RUNNING_PROCESS_INSTANCE",
            "DASHBOARD_OPEN_INCIDENTS", "DASHBOARD_OPEN_HUMAN_TASKS", "DASHBOARD_DEPLOYED",
            "DASHBOARD_PROCESS_DEFINITIONS", "DASHBOARD_DASHBOARD", "PLUGIN_PROCESS_DEF_RUNNING_INSTANCES",
            "PLUGIN_PROCESS_DEF_INCIDENTS", "PLUGIN_PROCESS_DEF_NO_PROCESS_DEF", "PLUGIN_PROCESS_INSTANCES_LABEL",
            "PLUGIN_INCIDENTS_LABEL", "PLUGIN_USER_TASKS_LABEL", "PROCESS_INSTANCE_BUSINESS_KEY",
            "PLUGIN_TASK_ASSIGNMENT_BY_TYPE", "CAM_WIDGET_HEADER_SIGN_OUT", "PAGE_LOGIN_SIGN_IN_ACTION");
    /**
     * The only Cockpit texts that stay as in English: the identifier "ID", the file formats CSV and JSON,
     * date formats and a date-time input pattern, and the comparison operators of the search box.
     */
    private static final Set<String> COCKPIT_SAME_AS_ENGLISH = Set.of("ID", "CSV", "JSON", "L", "DD/MM/YYYY",
            "HH:mm", "YYYY-MM-DDTHH:mm:ss", "<", "<=", ">", ">=");
    /** The English plural suffix "s" appended to "instance": Vietnamese nouns take none. */
    private static final Set<String> COCKPIT_MAY_BE_EMPTY = Set.of("labels.PLGN_BATCH_S", "labels.PLGN_MIG_S",
            "labels.PLGN_MOD_DIALOG_S", "labels.PLGN_MOD_RESTART_DIALOG_S");

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void tasklistVietnameseHasEveryKeyOfTheWebappEnglish() throws Exception {
        Map<String, JsonNode> english = LocaleJson.leaves(webjarEnglish("tasklist"));
        Map<String, JsonNode> vietnamese = LocaleJson.leaves(JSON.readTree(served("tasklist/locales/vi.json")));

        assertThat(vietnamese.keySet()).isEqualTo(english.keySet());
    }

    @Test
    void tasklistVietnameseLeavesNoEnglishWordUntranslated() throws Exception {
        Map<String, JsonNode> english = LocaleJson.leaves(webjarEnglish("tasklist"));
        Map<String, JsonNode> vietnamese = LocaleJson.leaves(JSON.readTree(served("tasklist/locales/vi.json")));

        english.forEach((path, value) -> {
            if (value.isTextual() && LocaleJson.hasWords(value.asText())) {
                assertThat(vietnamese.get(path).asText()).as(path).isNotBlank().isNotEqualTo(value.asText());
            }
        });
    }

    @Test
    void tasklistVietnameseKeepsPlaceholdersAndMarkup() throws Exception {
        assertKeepsPlaceholdersAndMarkup("tasklist");
    }

    @Test
    void vietnameseLocalesAreNfcNormalised() throws Exception {
        for (String app : List.of("tasklist", "cockpit")) {
            String body = served(app + "/locales/vi.json");
            assertThat(Normalizer.isNormalized(body, Normalizer.Form.NFC)).as(app).isTrue();
            assertThat(body).as(app).contains("Quy trình");
        }
    }

    @Test
    void cockpitVietnameseHasEveryKeyAndTranslatesTheDashboard() throws Exception {
        JsonNode englishRoot = webjarEnglish("cockpit");
        JsonNode vietnameseRoot = JSON.readTree(served("cockpit/locales/vi.json"));

        assertThat(LocaleJson.leaves(vietnameseRoot).keySet()).isEqualTo(LocaleJson.leaves(englishRoot).keySet());
        for (String key : COCKPIT_TRANSLATED) {
            assertThat(vietnameseRoot.at("/labels/" + key).asText()).as(key)
                    .isNotEqualTo(englishRoot.at("/labels/" + key).asText());
        }
    }

    @Test
    void cockpitVietnameseLeavesNoValueInEnglish() throws Exception {
        Map<String, JsonNode> english = LocaleJson.leaves(webjarEnglish("cockpit"));
        Map<String, JsonNode> vietnamese = LocaleJson.leaves(JSON.readTree(served("cockpit/locales/vi.json")));

        List<String> untranslated = english.entrySet().stream()
                .filter(entry -> entry.getValue().isTextual())
                .filter(entry -> !COCKPIT_SAME_AS_ENGLISH.contains(entry.getValue().asText()))
                .filter(entry -> vietnamese.get(entry.getKey()).asText().equals(entry.getValue().asText()))
                .map(entry -> entry.getKey() + " = " + entry.getValue().asText())
                .toList();
        List<String> blank = vietnamese.entrySet().stream()
                .filter(entry -> entry.getValue().isTextual() && entry.getValue().asText().isBlank())
                .map(Map.Entry::getKey)
                .filter(path -> !COCKPIT_MAY_BE_EMPTY.contains(path))
                .toList();

        assertThat(untranslated).as("Cockpit values still in English").isEmpty();
        assertThat(blank).as("Cockpit values left blank").isEmpty();
    }

    @Test
    void cockpitVietnameseKeepsPlaceholdersAndMarkup() throws Exception {
        assertKeepsPlaceholdersAndMarkup("cockpit");
    }

    @Test
    void tasklistAndCockpitOfferVietnameseOnlyByDefault() throws Exception {
        for (String app : List.of("tasklist", "cockpit")) {
            String config = served(app + "/scripts/config.js");
            assertThat(config).as(app)
                    .contains("{ availableLocales: ['vi'], fallbackLocale: 'vi' }")
                    .contains("vendor: 'trienkhai'");
        }
    }

    @Test
    void endOfLifeBannerIsHiddenInEveryWebapp() throws Exception {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String styles = served(app + "/styles/user-styles.css");
            assertThat(styles.replaceAll("\\s+", " ")).as(app)
                    .contains("[cam-widget-header] .ce-eol-banner { display: none !important; }");
        }
    }

    private void assertKeepsPlaceholdersAndMarkup(String app) throws Exception {
        Map<String, JsonNode> english = LocaleJson.leaves(webjarEnglish(app));
        Map<String, JsonNode> vietnamese = LocaleJson.leaves(JSON.readTree(served(app + "/locales/vi.json")));
        english.forEach((path, value) -> {
            String translated = vietnamese.get(path).asText();
            assertThat(LocaleJson.placeholders(translated)).as(path)
                    .isEqualTo(LocaleJson.placeholders(value.asText()));
            assertThat(LocaleJson.htmlTags(translated)).as(path).isEqualTo(LocaleJson.htmlTags(value.asText()));
        });
    }

    /** The English that ships in Camunda's webjar (the application's classpath has no en.json of its own). */
    private static JsonNode webjarEnglish(String app) throws IOException {
        try (InputStream in = new ClassPathResource(WEBJAR + app + "/locales/en.json").getInputStream()) {
            return JSON.readTree(in);
        }
    }

    private String served(String pathInApp) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/" + pathInApp)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(pathInApp).isEqualTo(200);
        return response.body();
    }
}
