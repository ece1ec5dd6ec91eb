package vn.govportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.govportal.article.ArticleCatalog;
import vn.govportal.article.ArticleEditing;
import vn.govportal.article.ArticleHistory;
import vn.govportal.article.ArticleSchedule;
import vn.govportal.article.RecentChange;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.document.DocumentCatalog;
import vn.govportal.document.DocumentSchedule;
import vn.govportal.notice.NoticeCatalog;
import vn.govportal.notice.NoticeService;
import vn.govportal.question.QuestionDesk;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.ScheduledChange;
import vn.govportal.publishing.WorkItem;
import vn.govportal.stats.VisitCounter;
import vn.govportal.web.Messages;

/**
 * Backs the admin console's home: the member's own drafts, what waits for their review (editors),
 * what was published last, what is scheduled, what changed, and visits per day.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    static final int DAYS = 30;
    static final int LISTED = 10;

    @Inject
    private ArticleCatalog catalog;

    @Inject
    private ArticleEditing editing;

    @Inject
    private ArticleHistory history;

    @Inject
    private DocumentCatalog documents;

    @Inject
    private DocumentSchedule documentSchedule;

    @Inject
    private ArticleSchedule articleSchedule;

    @Inject
    private NoticeService notices;

    @Inject
    private NoticeCatalog noticeCatalog;

    @Inject
    private QuestionDesk questions;

    @Inject
    private VisitCounter visits;

    private boolean reviewer;
    private List<WorkItem> myDrafts;
    private List<WorkItem> awaitingReview = List.of();
    private long awaitingReviewCount;
    private long newQuestions;
    private List<WorkItem> recentlyPublished;
    private List<ScheduledChange> scheduled;
    private List<RecentChange> recentChanges;
    private String visitsChart;
    private long visitsInPeriod;

    @PostConstruct
    void load() {
        Instant now = ClusterTime.now();
        // Notices, and publishing what waits for review, are the editors' (and administrators').
        reviewer = editing.isEditor();
        if (reviewer) {
            myDrafts = newest(catalog.myDrafts(LISTED), noticeCatalog.myDrafts(LISTED));
            // Articles and legal documents, the longest waiting first.
            awaitingReview = Stream.concat(catalog.awaitingReview(LISTED).stream(), documents.awaitingReview(LISTED).stream())
                    .sorted(WorkItem.NEWEST_FIRST.reversed()).limit(LISTED).toList();
            awaitingReviewCount = catalog.count(new ArticleCatalog.Filter(PublicationStatus.AWAITING_REVIEW, null, null, null))
                    + documents.countAwaitingReview();
            newQuestions = questions.countNew();
            recentlyPublished = newest(catalog.latestPublished(LISTED, now), noticeCatalog.latestPublished(LISTED, now));
        } else {
            myDrafts = catalog.myDrafts(LISTED);
            recentlyPublished = catalog.latestPublished(LISTED, now);
        }
        scheduled = Stream.of(articleSchedule.upcoming(LISTED), notices.scheduled(LISTED, now), documentSchedule.upcoming(LISTED))
                .flatMap(List::stream).sorted().limit(LISTED).toList();
        recentChanges = history.recentChanges(LISTED);
        visitsChart = chart(visits.lastDays(DAYS));
    }

    /** The newest {@link #LISTED} of two lists of articles and notices, each already newest first. */
    private static List<WorkItem> newest(List<WorkItem> articles, List<WorkItem> notices) {
        return Stream.concat(articles.stream(), notices.stream()).sorted(WorkItem.NEWEST_FIRST).limit(LISTED).toList();
    }

    /** The visits chart as Chart.js reads it (the configuration PrimeFaces' p:chart takes). */
    private String chart(List<Map.Entry<LocalDate, Long>> days) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("dd/MM");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        visitsInPeriod = 0;
        for (Map.Entry<LocalDate, Long> day : days) {
            labels.add(label.format(day.getKey()));
            data.add(day.getValue());
            visitsInPeriod += day.getValue();
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("site.visits"))
                                .add("data", data)
                                .add("borderColor", "#a31d24")
                                .add("backgroundColor", "rgba(163, 29, 36, 0.15)")
                                .add("fill", true)
                                .add("tension", 0.25))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** How many visitors' questions wait for an answer (editors and administrators answer them). */
    public long getNewQuestions() {
        return newQuestions;
    }

    /** Whether this member reviews and publishes others' work: editors and administrators. */
    public boolean isReviewer() {
        return reviewer;
    }

    public List<WorkItem> getMyDrafts() {
        return myDrafts;
    }

    public List<WorkItem> getAwaitingReview() {
        return awaitingReview;
    }

    /** Whether more articles and documents wait for review than the list shows. */
    public boolean isMoreAwaiting() {
        return awaitingReviewCount > awaitingReview.size();
    }

    public List<WorkItem> getRecentlyPublished() {
        return recentlyPublished;
    }

    public long getAwaitingReviewCount() {
        return awaitingReviewCount;
    }

    public List<ScheduledChange> getScheduled() {
        return scheduled;
    }

    public List<RecentChange> getRecentChanges() {
        return recentChanges;
    }

    public String getVisitsChart() {
        return visitsChart;
    }

    public long getVisitsInPeriod() {
        return visitsInPeriod;
    }
}
