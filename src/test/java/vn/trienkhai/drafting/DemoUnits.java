package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.trienkhai.organisation.UnitKind;

/** The demo organisation tree (demo/units.yaml) as the extraction reads it, without a database. */
final class DemoUnits {

    private DemoUnits() {
    }

    static UnitDirectory directory() {
        try (InputStream in = DemoUnits.class.getResourceAsStream("/demo/units.yaml")) {
            List<UnitDirectory.Unit> units = new ArrayList<>();
            add(new YAMLMapper().readTree(in).get("units"), null, units);
            return new UnitDirectory(units);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static void add(JsonNode nodes, String parent, List<UnitDirectory.Unit> units) {
        for (JsonNode node : nodes) {
            String code = node.get("code").asText();
            units.add(new UnitDirectory.Unit(code, node.get("name").asText(), UnitKind.valueOf(node.get("kind").asText()),
                    parent));
            if (node.has("children")) {
                add(node.get("children"), code, units);
            }
        }
    }

    static String resource(String path) {
        try (InputStream in = DemoUnits.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
