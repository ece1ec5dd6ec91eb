package vn.govportal.settings;

import jakarta.ejb.Stateless;
import vn.govportal.media.MediaFile;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.RecordEditing;
import vn.govportal.publishing.SafeUrls;
import vn.govportal.publishing.TextFields;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/** Administrators keep the agency's details, its slogan and its trust badge, in each language. */
@Stateless
@RequiresRole(Role.ADMIN)
public class SettingsEditing extends RecordEditing {

    public SiteSettings settings() {
        SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
        if (settings == null) {
            settings = new SiteSettings();
            settings.setAgencyName("");
        }
        return settings;
    }

    public SiteSettings save(SiteSettings settings) {
        settings.setAgencyName(TextFields.checked("agencyName", settings.getAgencyName(), 300, true));
        settings.setResponsiblePerson(TextFields.checked("responsiblePerson", settings.getResponsiblePerson(), 200, false));
        settings.setResponsibleTitle(TextFields.checked("responsibleTitle", settings.getResponsibleTitle(), 200, false));
        settings.setAddress(TextFields.checked("address", settings.getAddress(), 500, false));
        settings.setPhone(TextFields.checked("phone", settings.getPhone(), 100, false));
        settings.setFax(TextFields.checked("fax", settings.getFax(), 100, false));
        String email = TextFields.checked("email", settings.getEmail(), 200, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new EditRefused("email", "site.refused.email");
        }
        settings.setEmail(email);
        settings.setGoverningBody(TextFields.checked("governingBody", settings.getGoverningBody(), 300, false));
        settings.setSloganText(TextFields.checked("sloganText", settings.getSloganText(), 1000, false));
        settings.setAgencyNameEn(TextFields.checked("agencyNameEn", settings.getAgencyNameEn(), 300, false));
        settings.setResponsibleTitleEn(TextFields.checked("responsibleTitleEn", settings.getResponsibleTitleEn(), 200, false));
        settings.setAddressEn(TextFields.checked("addressEn", settings.getAddressEn(), 500, false));
        settings.setGoverningBodyEn(TextFields.checked("governingBodyEn", settings.getGoverningBodyEn(), 300, false));
        settings.setSloganTextEn(TextFields.checked("sloganTextEn", settings.getSloganTextEn(), 1000, false));
        if (settings.getSloganValidFrom() != null && settings.getSloganValidUntil() != null
                && !settings.getSloganValidUntil().isAfter(settings.getSloganValidFrom())) {
            throw new EditRefused("sloganValidUntil", "site.refused.period");
        }
        settings.setTrustBadgeUrl(SafeUrls.checked("trustBadgeUrl", settings.getTrustBadgeUrl(), 500));
        settings.setTrustBadgeAlt(TextFields.checked("trustBadgeAlt", settings.getTrustBadgeAlt(), 200, false));
        if (settings.getTrustBadgeImageId() != null) {
            MediaFile badge = em.find(MediaFile.class, settings.getTrustBadgeImageId());
            if (badge == null || badge.getOriginalId() != null || !badge.getContentType().startsWith("image/")) {
                throw new EditRefused("trustBadgeImage", "site.refused.image");
            }
        }
        return store(settings, em.find(SiteSettings.class, SiteSettings.ID) == null ? null : SiteSettings.ID,
                settings.getAgencyName());
    }

}
