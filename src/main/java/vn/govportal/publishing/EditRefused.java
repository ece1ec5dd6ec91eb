package vn.govportal.publishing;

import jakarta.ejb.ApplicationException;

/**
 * A save or status change that the rules refuse: a missing title, a slug already taken, a
 * publish time in the past, an author trying to publish. Carries the message key and, where it
 * is about one field, that field's name, so the form can show it beside the field.
 */
@ApplicationException(rollback = true)
public class EditRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public EditRefused(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The form field it is about, or null for the whole item. */
    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
