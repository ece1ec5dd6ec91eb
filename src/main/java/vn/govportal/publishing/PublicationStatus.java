package vn.govportal.publishing;

/**
 * Where an article or notice stands in the editorial workflow. Only {@link #PUBLISHED} items
 * whose publish time has come are public. A {@link #SCHEDULED} item is published by the server
 * when its publish time comes.
 */
public enum PublicationStatus {
    DRAFT("Bản nháp"),
    AWAITING_REVIEW("Chờ duyệt"),
    SCHEDULED("Hẹn giờ xuất bản"),
    PUBLISHED("Đã xuất bản"),
    UNPUBLISHED("Đã gỡ");

    private final String label;

    PublicationStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
