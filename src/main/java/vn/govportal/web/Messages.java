package vn.govportal.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.govportal.text.Translatable;

/** Text from the {@code i18n.messages} bundle, in the current view's language, for messages built in Java. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key) {
        return bundle().getString(key);
    }

    /** The text for {@code key} with the arguments in place; a {@link Translatable} argument is put in by its own text. */
    public static String format(String key, Object... arguments) {
        return format(locale(), key, arguments);
    }

    /** As {@link #format(String, Object...)}, in a given language: for answers built outside a Faces view. */
    public static String format(Locale locale, String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Translatable named) {
                shown[i] = bundle(locale).getString(named.getMessageKey());
            }
        }
        return new MessageFormat(bundle(locale).getString(key), locale).format(shown);
    }

    private static ResourceBundle bundle() {
        return bundle(locale());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale, Messages.class.getClassLoader());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : new Locale("vi");
    }
}
