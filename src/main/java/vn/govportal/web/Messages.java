package vn.govportal.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Text from the {@code i18n.messages} bundle, in the current view's language, for messages built in Java. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key) {
        return bundle().getString(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale()).format(arguments);
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.messages", locale(), Messages.class.getClassLoader());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : new Locale("vi");
    }
}
