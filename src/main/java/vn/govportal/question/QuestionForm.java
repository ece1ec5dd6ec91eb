package vn.govportal.question;

import java.io.Serializable;

/** What a visitor typed into the question form, as sent; nothing checked yet. */
public record QuestionForm(String name, String email, String phone, String address, String topic, String title, String text,
        boolean consent, String honeypot, String token) implements Serializable {

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getTopic() {
        return topic;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public boolean isConsent() {
        return consent;
    }
}
