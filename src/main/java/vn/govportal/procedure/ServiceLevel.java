package vn.govportal.procedure;

import vn.govportal.text.Translatable;

/** How far a procedure can be done on the national public-service portal. */
public enum ServiceLevel implements Translatable {
    /** Filed, paid and answered online (dịch vụ công trực tuyến toàn trình). */
    FULLY_ONLINE,
    /** Filed online, finished in person (dịch vụ công trực tuyến một phần). */
    PARTLY_ONLINE,
    /** Described online, filed in person (dịch vụ cung cấp thông tin). */
    IN_PERSON;

    @Override
    public String getMessageKey() {
        return "procedure.level." + name();
    }
}
