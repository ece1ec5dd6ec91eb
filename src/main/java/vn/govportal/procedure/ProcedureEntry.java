package vn.govportal.procedure;

import vn.govportal.text.SiteLanguage;

/** A procedure as the public list shows it, in one language (its name in Vietnamese where it has no English one). */
public final class ProcedureEntry {

    private final String code;
    private final String name;
    private final boolean translated;
    private final String field;
    private final ServiceLevel level;
    private final String processingTime;
    private final String fee;
    private final String portalUrl;

    ProcedureEntry(Procedure p, SiteLanguage language) {
        boolean english = language == SiteLanguage.EN;
        this.code = p.getCode();
        this.name = p.nameIn(language);
        this.translated = !english || p.getNameEn() != null;
        this.field = english && p.getFieldEn() != null ? p.getFieldEn() : p.getField();
        this.level = p.getLevel();
        this.processingTime = english && p.getProcessingTimeEn() != null ? p.getProcessingTimeEn() : p.getProcessingTime();
        this.fee = english && p.getFeeEn() != null ? p.getFeeEn() : p.getFee();
        this.portalUrl = p.getPortalUrl();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Whether the name is in the page's language; if not, the page marks it as Vietnamese. */
    public boolean isTranslated() {
        return translated;
    }

    public String getField() {
        return field;
    }

    public ServiceLevel getLevel() {
        return level;
    }

    public String getProcessingTime() {
        return processingTime;
    }

    public String getFee() {
        return fee;
    }

    public String getPortalUrl() {
        return portalUrl;
    }
}
