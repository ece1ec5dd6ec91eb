package vn.govportal.question;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A question the form's rules refuse: for each field, the key of the message to show beside it
 * ({@link #FORM} for the form as a whole: spam, a forged or replayed post, too many posts).
 */
@ApplicationException(rollback = true)
public class QuestionRefused extends RuntimeException {

    public static final String FORM = "form";

    private final transient Map<String, String> messages;

    public QuestionRefused(Map<String, String> messages) {
        super(String.join(", ", messages.keySet()));
        this.messages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messages));
    }

    /** Message keys by field, in the form's order. */
    public Map<String, String> getMessages() {
        return messages;
    }
}
