package vn.govportal.publishing;

/** The one rule for a plain text field staff type: trimmed, refused when required and blank or too long. */
public final class TextFields {

    private TextFields() {
    }

    /** {@code value} trimmed, or null when blank and not required; refused as {@code field} otherwise. */
    public static String checked(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new EditRefused(field, "article.refused.required");
            }
            return null;
        }
        if (text.length() > max) {
            throw new EditRefused(field, "article.refused.tooLong", max);
        }
        return text;
    }
}
