package vn.govportal.settings;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The agency details every page shows (header, slogan, footer, trust badge). A single row, id 1. */
@Entity
@Table(name = "site_settings")
public class SiteSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long ID = 1L;

    @Id
    private Long id = ID;

    @Column(name = "agency_name", nullable = false, length = 300)
    private String agencyName;

    @Column(name = "responsible_person", length = 200)
    private String responsiblePerson;

    @Column(name = "responsible_title", length = 200)
    private String responsibleTitle;

    @Column(length = 500)
    private String address;

    @Column(length = 100)
    private String phone;

    @Column(length = 100)
    private String fax;

    @Column(length = 200)
    private String email;

    @Column(name = "governing_body", length = 300)
    private String governingBody;

    @Column(name = "slogan_text", length = 1000)
    private String sloganText;

    @Column(name = "slogan_valid_from")
    private Instant sloganValidFrom;

    @Column(name = "slogan_valid_until")
    private Instant sloganValidUntil;

    @Column(name = "trust_badge_url", length = 500)
    private String trustBadgeUrl;

    @Column(name = "trust_badge_alt", length = 200)
    private String trustBadgeAlt;

    @Column(name = "trust_badge_image_id")
    private Long trustBadgeImageId;

    /** English texts of the details below; the Vietnamese one shows where staff gave none. */
    @Column(name = "agency_name_en", length = 300)
    private String agencyNameEn;

    /** In English. */
    @Column(name = "responsible_title_en", length = 200)
    private String responsibleTitleEn;

    /** In English. */
    @Column(name = "address_en", length = 500)
    private String addressEn;

    /** In English. */
    @Column(name = "governing_body_en", length = 300)
    private String governingBodyEn;

    /** In English; no banner on the English site without it. */
    @Column(name = "slogan_text_en", length = 1000)
    private String sloganTextEn;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getResponsibleTitle() {
        return responsibleTitle;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
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

    public String getSloganText() {
        return sloganText;
    }

    public Instant getSloganValidFrom() {
        return sloganValidFrom;
    }

    public Instant getSloganValidUntil() {
        return sloganValidUntil;
    }

    public String getTrustBadgeUrl() {
        return trustBadgeUrl;
    }

    public String getTrustBadgeAlt() {
        return trustBadgeAlt;
    }

    public Long getTrustBadgeImageId() {
        return trustBadgeImageId;
    }

    public long getVersion() {
        return version;
    }

    /** The version a form started from, so a save over someone else's is refused. */
    public void setVersion(long version) {
        this.version = version;
    }

    /**
     * The message keys of the fields whose saved values differ between this and {@code other}:
     * what someone else changed, in the order of the settings form.
     */
    public List<String> fieldsChangedFrom(SiteSettings other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "site.settings.agencyName", agencyName, other.agencyName);
        compare(changed, "site.settings.responsiblePerson", responsiblePerson, other.responsiblePerson);
        compare(changed, "site.settings.responsibleTitle", responsibleTitle, other.responsibleTitle);
        compare(changed, "site.settings.address", address, other.address);
        compare(changed, "site.settings.phone", phone, other.phone);
        compare(changed, "site.settings.fax", fax, other.fax);
        compare(changed, "site.settings.email", email, other.email);
        compare(changed, "site.settings.governingBody", governingBody, other.governingBody);
        compare(changed, "site.settings.sloganText", sloganText, other.sloganText);
        compare(changed, "site.settings.from", sloganValidFrom, other.sloganValidFrom);
        compare(changed, "site.settings.until", sloganValidUntil, other.sloganValidUntil);
        compare(changed, "site.settings.badgeUrl", trustBadgeUrl, other.trustBadgeUrl);
        compare(changed, "site.settings.badgeAlt", trustBadgeAlt, other.trustBadgeAlt);
        compare(changed, "site.settings.badgeImage", trustBadgeImageId, other.trustBadgeImageId);
        return changed;
    }

    private static void compare(List<String> changed, String key, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(key);
        }
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public void setResponsibleTitle(String responsibleTitle) {
        this.responsibleTitle = responsibleTitle;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setGoverningBody(String governingBody) {
        this.governingBody = governingBody;
    }

    public void setSloganText(String sloganText) {
        this.sloganText = sloganText;
    }

    public void setSloganValidFrom(Instant sloganValidFrom) {
        this.sloganValidFrom = sloganValidFrom;
    }

    public void setSloganValidUntil(Instant sloganValidUntil) {
        this.sloganValidUntil = sloganValidUntil;
    }

    public void setTrustBadgeUrl(String trustBadgeUrl) {
        this.trustBadgeUrl = trustBadgeUrl;
    }

    public void setTrustBadgeAlt(String trustBadgeAlt) {
        this.trustBadgeAlt = trustBadgeAlt;
    }

    public void setTrustBadgeImageId(Long trustBadgeImageId) {
        this.trustBadgeImageId = trustBadgeImageId;
    }

    public String getAgencyNameEn() {
        return agencyNameEn;
    }

    public void setAgencyNameEn(String agencyNameEn) {
        this.agencyNameEn = agencyNameEn;
    }

    public String getResponsibleTitleEn() {
        return responsibleTitleEn;
    }

    public void setResponsibleTitleEn(String responsibleTitleEn) {
        this.responsibleTitleEn = responsibleTitleEn;
    }

    public String getAddressEn() {
        return addressEn;
    }

    public void setAddressEn(String addressEn) {
        this.addressEn = addressEn;
    }

    public String getGoverningBodyEn() {
        return governingBodyEn;
    }

    public void setGoverningBodyEn(String governingBodyEn) {
        this.governingBodyEn = governingBodyEn;
    }

    public String getSloganTextEn() {
        return sloganTextEn;
    }

    public void setSloganTextEn(String sloganTextEn) {
        this.sloganTextEn = sloganTextEn;
    }
}
