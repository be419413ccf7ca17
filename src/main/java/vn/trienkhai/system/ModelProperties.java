package vn.trienkhai.system;

import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads the {@code <camunda:property>} declarations of a model element as the engine parses it:
 * the one place that knows the parser's element API. Parse listeners use it to let a model say,
 * where a reader sees it, what the application adds to an element.
 */
public final class ModelProperties {

    private ModelProperties() {
    }

    /** The non-blank value of the element's property of that name, if the model declares it. */
    public static Optional<String> of(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return Optional.empty();
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> name.equals(property.attribute("name")))
                .map(property -> property.attribute("value"))
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
