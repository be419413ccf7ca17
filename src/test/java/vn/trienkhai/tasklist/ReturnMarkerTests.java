package vn.trienkhai.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/** The model's {@code trienkhai.returnedWhen}, read once when the user task is parsed, and what it marks. */
class ReturnMarkerTests {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri();

    @Test
    void theReasonVariableIsTheOneTheModelNames() {
        assertThat(ReturnMarker.reasonVariable(userTask(property("trienkhai.returnedWhen", "returnReason"))))
                .contains("returnReason");
        assertThat(ReturnMarker.reasonVariable(userTask(property("other", "x")))).isEmpty();
        assertThat(ReturnMarker.reasonVariable(new Element(BPMN, "userTask", "bpmn:userTask", new AttributesImpl(), null)))
                .isEmpty();
    }

    @Test
    void aTaskIsReturnedOnlyWhileItsReasonHoldsText() {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable("returnReason")).thenReturn("Bổ sung tiến độ", " ", null);

        assertThat(ReturnMarker.isReturned("returnReason", execution)).isTrue();
        assertThat(ReturnMarker.isReturned("returnReason", execution)).isFalse();
        assertThat(ReturnMarker.isReturned("returnReason", execution)).isFalse();
        assertThat(ReturnMarker.isReturned(null, execution)).isFalse();
    }

    private static Element property(String name, String value) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "name", "name", "CDATA", name);
        attributes.addAttribute("", "value", "value", "CDATA", value);
        return new Element(CAMUNDA, "property", "camunda:property", attributes, null);
    }

    private static Element userTask(Element property) {
        Element properties = new Element(CAMUNDA, "properties", "camunda:properties", new AttributesImpl(), null);
        properties.add(property);
        Element extensions = new Element(BPMN, "extensionElements", "bpmn:extensionElements", new AttributesImpl(), null);
        extensions.add(properties);
        Element task = new Element(BPMN, "userTask", "bpmn:userTask", new AttributesImpl(), null);
        task.add(extensions);
        return task;
    }
}
