package vn.trienkhai.system;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads a YAML or JSON request body into a tree; a syntax error names the line and column. */
public final class DocumentParser {

    public static final String YAML = "application/yaml";
    public static final String[] ACCEPTED = {
        MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml"
    };

    /** Parser limits behind the request's size limit: no document the application takes comes near them. */
    static final int MAX_CODE_POINTS = 2_000_000;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NESTING_DEPTH = 50;
    static final int MAX_ALIASES = 50;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(MAX_NESTING_DEPTH).build();
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS).build());
    private static final YAMLMapper YAML_MAPPER = new YAMLMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions()).streamReadConstraints(CONSTRAINTS).build());

    private DocumentParser() {
    }

    public static JsonNode parse(byte[] body, MediaType contentType) {
        boolean json = contentType != null && contentType.isCompatibleWith(MediaType.APPLICATION_JSON);
        return json ? parseWith(JSON_MAPPER, body, "JSON") : parseWith(YAML_MAPPER, body, "YAML");
    }

    public static JsonNode parseYaml(byte[] body) {
        return parseWith(YAML_MAPPER, body, "YAML");
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        return options;
    }

    private static JsonNode parseWith(ObjectMapper mapper, byte[] body, String format) {
        if (body == null || body.length == 0) {
            throw new InvalidDocumentException("(tài liệu)", "tài liệu trống");
        }
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw new InvalidDocumentException("(tài liệu)", "tài liệu phải là một đối tượng " + format);
            }
            ControlCharacters.reject(root);
            return root;
        } catch (JsonProcessingException exception) {
            JsonLocation location = exception.getLocation();
            String where = location == null ? ""
                    : " ở dòng " + location.getLineNr() + ", cột " + location.getColumnNr();
            throw new InvalidDocumentException("(tài liệu)", format + " không hợp lệ" + where + ": "
                    + exception.getOriginalMessage());
        } catch (IOException exception) {
            throw new InvalidDocumentException("(tài liệu)", "không đọc được tài liệu: " + exception.getMessage());
        }
    }
}
