package vn.govportal.text;

/** A value the console shows by name: its text comes from the message bundle, in the reader's language. */
public interface Translatable {

    /** The key of its text in {@code i18n/messages*.properties}. */
    String getMessageKey();
}
