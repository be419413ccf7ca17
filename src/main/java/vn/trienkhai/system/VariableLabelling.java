package vn.trienkhai.system;

import java.util.List;

/**
 * A feature's process variables as a manager reads them in Cockpit, declared by the feature that owns
 * the model (a bean), so that no other feature names them: the label of a variable no form shows, how its
 * value reads, or that it is not shown at all. A form's field is labelled by the form itself.
 */
public interface VariableLabelling {

    /** How a variable's value reads. */
    enum Reading {
        /** As it is: a date in dd/mm/yyyy, a number, yes or no, a choice's label. */
        VALUE,
        /** A unit's code, read as the unit's name. */
        UNIT,
        /** A plan's id, read as the plan's number and summary. */
        PLAN,
        /** An identifier or a technical variable: not shown. */
        HIDDEN
    }

    /** One variable; {@code label} is null where a form labels it or it is hidden. */
    record Variable(String name, String label, Reading reading) {

        public static Variable labelled(String name, String label) {
            return new Variable(name, label, Reading.VALUE);
        }

        public static Variable unit(String name, String label) {
            return new Variable(name, label, Reading.UNIT);
        }

        public static Variable hidden(String name) {
            return new Variable(name, null, Reading.HIDDEN);
        }
    }

    List<Variable> variables();
}
