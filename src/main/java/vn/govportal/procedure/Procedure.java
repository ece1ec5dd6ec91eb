package vn.govportal.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.text.SiteLanguage;

/**
 * An administrative procedure the department handles: the public list shows it and sends
 * citizens to its entry on the national public-service portal, where it is filed.
 */
@Entity
@Table(name = "admin_procedure")
public class Procedure implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 500;
    public static final int MAX_FIELD = 200;
    public static final int MAX_TEXT = 500;
    public static final int MAX_CODE = 30;
    public static final int MAX_URL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Its code in the national database of procedures (mã thủ tục), e.g. 1.001234. */
    @Column(length = MAX_CODE)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_en", length = MAX_NAME)
    private String nameEn;

    @Column(name = "field_name", nullable = false, length = MAX_FIELD)
    private String field;

    @Column(name = "field_name_en", length = MAX_FIELD)
    private String fieldEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_level", nullable = false, length = 20)
    private ServiceLevel level = ServiceLevel.PARTLY_ONLINE;

    @Column(name = "processing_time", nullable = false, length = MAX_TEXT)
    private String processingTime;

    @Column(name = "processing_time_en", length = MAX_TEXT)
    private String processingTimeEn;

    @Column(nullable = false, length = MAX_TEXT)
    private String fee;

    @Column(name = "fee_en", length = MAX_TEXT)
    private String feeEn;

    @Column(name = "portal_url", nullable = false, length = MAX_URL)
    private String portalUrl;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = ClusterTime.now();
    }

    /** Its name on the site in {@code language}: the English one where staff gave it. */
    public String nameIn(SiteLanguage language) {
        return language == SiteLanguage.EN && nameEn != null ? nameEn : name;
    }

    /** Whether the English site shows it in English (else in Vietnamese, marked as such). */
    public boolean isTranslated() {
        return nameEn != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getFieldEn() {
        return fieldEn;
    }

    public void setFieldEn(String fieldEn) {
        this.fieldEn = fieldEn;
    }

    public ServiceLevel getLevel() {
        return level;
    }

    public void setLevel(ServiceLevel level) {
        this.level = level;
    }

    public String getProcessingTime() {
        return processingTime;
    }

    public void setProcessingTime(String processingTime) {
        this.processingTime = processingTime;
    }

    public String getProcessingTimeEn() {
        return processingTimeEn;
    }

    public void setProcessingTimeEn(String processingTimeEn) {
        this.processingTimeEn = processingTimeEn;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getFeeEn() {
        return feeEn;
    }

    public void setFeeEn(String feeEn) {
        this.feeEn = feeEn;
    }

    public String getPortalUrl() {
        return portalUrl;
    }

    public void setPortalUrl(String portalUrl) {
        this.portalUrl = portalUrl;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
