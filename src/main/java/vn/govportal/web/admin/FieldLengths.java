package vn.govportal.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.govportal.publishing.Lengths;

/** The lengths of {@link Lengths} for the console's forms: {@code maxlength="#{lengths.title}"}. */
@Named("lengths")
@ApplicationScoped
public class FieldLengths {

    public int getTitle() {
        return Lengths.TITLE;
    }

    public int getSlug() {
        return Lengths.SLUG;
    }

    public int getSummary() {
        return Lengths.SUMMARY;
    }

    public int getBody() {
        return Lengths.BODY;
    }
}
