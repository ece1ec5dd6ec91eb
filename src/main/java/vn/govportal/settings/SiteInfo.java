package vn.govportal.settings;

import java.time.Instant;
import vn.govportal.text.SiteLanguage;

/** The agency details as the public pages show them, detached from the database. */
public final class SiteInfo {

    private final String agencyName;
    private final String responsiblePerson;
    private final String responsibleTitle;
    private final String address;
    private final String phone;
    private final String fax;
    private final String email;
    private final String governingBody;
    private final String slogan;
    private final String trustBadgeUrl;
    private final String trustBadgeAlt;
    private final String trustBadgeImageUrl;

    /** The details as the site in {@code language} shows them: in English where staff gave an English text. */
    SiteInfo(SiteSettings s, SiteLanguage language, String trustBadgeImageUrl, Instant now) {
        boolean english = language == SiteLanguage.EN;
        this.agencyName = english ? either(s.getAgencyNameEn(), s.getAgencyName()) : s.getAgencyName();
        this.responsiblePerson = s.getResponsiblePerson();
        this.responsibleTitle = english ? either(s.getResponsibleTitleEn(), s.getResponsibleTitle()) : s.getResponsibleTitle();
        this.address = english ? either(s.getAddressEn(), s.getAddress()) : s.getAddress();
        this.phone = s.getPhone();
        this.fax = s.getFax();
        this.email = s.getEmail();
        this.governingBody = english ? either(s.getGoverningBodyEn(), s.getGoverningBody()) : s.getGoverningBody();
        boolean sloganDue = (s.getSloganValidFrom() == null || !now.isBefore(s.getSloganValidFrom()))
                && (s.getSloganValidUntil() == null || now.isBefore(s.getSloganValidUntil()));
        // A Vietnamese banner would be out of place on the English site: none without an English text.
        String sloganText = english ? s.getSloganTextEn() : s.getSloganText();
        this.slogan = sloganDue && present(sloganText) ? sloganText : null;
        this.trustBadgeUrl = s.getTrustBadgeUrl();
        this.trustBadgeAlt = present(s.getTrustBadgeAlt()) ? s.getTrustBadgeAlt()
                : english ? "Network trust certificate (Tín Nhiệm Mạng)" : "Chứng nhận Tín Nhiệm Mạng";
        this.trustBadgeImageUrl = trustBadgeImageUrl;
    }

    /** What a site that nobody has configured yet shows. */
    SiteInfo(String agencyName) {
        this.agencyName = agencyName;
        this.responsiblePerson = null;
        this.responsibleTitle = null;
        this.address = null;
        this.phone = null;
        this.fax = null;
        this.email = null;
        this.governingBody = null;
        this.slogan = null;
        this.trustBadgeUrl = null;
        this.trustBadgeAlt = null;
        this.trustBadgeImageUrl = null;
    }

    private static String either(String english, String vietnamese) {
        return present(english) ? english : vietnamese;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public String getAgencyName() {
        return agencyName;
    }

    /** "Bà Đặng Thanh Thủy - Giám đốc Sở". */
    public String getResponsible() {
        if (!present(responsiblePerson)) {
            return null;
        }
        return present(responsibleTitle) ? responsiblePerson + " - " + responsibleTitle : responsiblePerson;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    /** Whether there is a phone, fax or email to show. */
    public boolean isHasContact() {
        return present(phone) || present(fax) || present(email);
    }

    /** The phone number as a {@code tel:} link: digits only. */
    public String getPhoneUri() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    public String getFax() {
        return fax;
    }

    public String getEmail() {
        return email;
    }

    public String getGoverningBody() {
        return governingBody;
    }

    /** The slogan banner, or null outside its validity period. */
    public String getSlogan() {
        return slogan;
    }

    public boolean isHasSlogan() {
        return slogan != null;
    }

    public boolean isHasTrustBadge() {
        return present(trustBadgeUrl) && trustBadgeImageUrl != null;
    }

    public String getTrustBadgeUrl() {
        return trustBadgeUrl;
    }

    public String getTrustBadgeAlt() {
        return trustBadgeAlt;
    }

    public String getTrustBadgeImageUrl() {
        return trustBadgeImageUrl;
    }
}
