package vn.govportal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The agency details every page shows (header, slogan, footer, trust badge). A single row, id 1. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

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
}
