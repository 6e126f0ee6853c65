package io.minato.hub.app.portal;

import java.util.List;

/**
 * One field of a document's form or view: a scalar input, a group of fields (a nested object or a
 * party, shown as a fieldset) or repeated rows (a repeat). Built by {@link DocumentForm} from the
 * document type's definition.
 *
 * @param path        the field's JSON path and the form parameter's name: {@code goods[0].packages}
 * @param label       what the user reads: the definition's ja or en name
 * @param kind        which input
 * @param value       the scalar's text; null for groups and rows
 * @param options     a choice's values with their labels (closed code lists, yes/no)
 * @param readOnly    set by the hub (export control number, customs status): shown, never taken from a form
 * @param problem     what validation found wrong with it, if anything
 * @param children    a group's fields or the rows of a repeat
 * @param template    a new row of a repeat (its path holds the row placeholder), null otherwise
 * @param required    the definition requires it: the label is marked (the server checks it)
 * @param maxLength   text: the most characters, for the input's maxlength; null otherwise
 * @param placeholder input help: an open code list's example (JPYOK, ONEU1234567)
 */
// helpers public: the templates call them through SpEL, which sees public methods only
record FormField(String path, String label, Kind kind, String value, List<Option> options, boolean readOnly,
                 String problem, List<FormField> children, FormField template, boolean required, Integer maxLength,
                 String placeholder) {

    enum Kind { TEXT, NUMBER, DATE, DATETIME, SELECT, GROUP, ROWS }

    /** One choice of a select: the stored code and what the user reads for it. */
    record Option(String value, String label) {
    }

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

    /** Which placeholder a new row of this repeat replaces (rows nest: goods, then its container numbers). */
    public String rowPlaceholder() {
        return template == null ? null : DocumentForm.placeholder(depth());
    }

    /** What the view shows: a choice's label, else the value as stored. */
    public String display() {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return options.stream().filter(option -> option.value().equals(value)).findFirst()
                .map(Option::label).orElse(value);
    }

    /** A choice whose stored value is none of its options (a code the list no longer has). */
    public boolean unlisted() {
        return kind == Kind.SELECT && value != null && !value.isEmpty()
                && options.stream().noneMatch(option -> option.value().equals(value));
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
