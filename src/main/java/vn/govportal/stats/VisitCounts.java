package vn.govportal.stats;

/** The visit counter's three figures, as the sidebar shows them. */
public final class VisitCounts {

    private final long onlineNow;
    private final long today;
    private final long total;

    public VisitCounts(long onlineNow, long today, long total) {
        this.onlineNow = onlineNow;
        this.today = today;
        this.total = total;
    }

    public long getOnlineNow() {
        return onlineNow;
    }

    public long getToday() {
        return today;
    }

    public long getTotal() {
        return total;
    }
}
