package io.minato.hub.app.portal;

import java.util.List;

/**
 * One field of a document's form or view: a scalar input, a group of fields (a nested object, shown
 * as a fieldset) or repeated rows (an array). Built by {@link DocumentForm}.
 *
 * @param path     the field's JSON path and the form parameter's name: {@code goods[0].packages}
 * @param label    what the user reads (ja/en from messages, else the JSON name)
 * @param value    the scalar's text; null for groups and rows
 * @param options  a choice's values (an enum's constants)
 * @param readOnly set by the hub (export control number, customs status): shown, never taken from a form
 * @param problem  what validation found wrong with it, if anything
 * @param children a group's fields or the rows of an array
 * @param template a new row of an array (its path holds the row placeholder), null otherwise
 */
// helpers public: the templates call them through SpEL, which sees public methods only
record FormField(String path, String label, Kind kind, String value, List<String> options, boolean readOnly,
                 String problem, List<FormField> children, FormField template) {

    enum Kind { TEXT, NUMBER, DATE, SELECT, GROUP, ROWS }

    public boolean group() {
        return kind == Kind.GROUP;
    }

    public boolean rows() {
        return kind == Kind.ROWS;
    }

    public boolean scalar() {
        return kind != Kind.GROUP && kind != Kind.ROWS;
    }

    /** The form parameter holding this field. */
    public String name() {
        return DocumentForm.PARAMETER_PREFIX + path;
    }

    /** A DOM id; brackets and dots are not welcome there. */
    public String id() {
        return "f-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Which placeholder a new row of this array replaces (rows nest: goods, then its container numbers). */
    public String placeholder() {
        return template == null ? null : DocumentForm.placeholder(depth());
    }

    private int depth() {
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                depth++;
            }
        }
        return depth;
    }

    /** True when it or anything inside has no value: the view greys such groups out. */
    public boolean empty() {
        return scalar() ? value == null || value.isEmpty() : children.stream().allMatch(FormField::empty);
    }
}
