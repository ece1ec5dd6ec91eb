package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.OptionalLong;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.notice.NoticeService;
import vn.govportal.notice.NoticeView;
import vn.govportal.paging.Page;
import vn.govportal.web.Pages;

/** Backs the notices list ({@link PublicRoute#NOTICES}): one page of the public notices. */
@Named("noticesPage")
@RequestScoped
public class NoticesBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private NoticeService notices;

    private Page<NoticeView> page;

    public void load() {
        OptionalLong requested = RouteMatch.requestedPage();
        if (requested.isEmpty()) {
            Pages.notFound();
            return;
        }
        Instant now = ClusterTime.now();
        long total = notices.count(RouteMatch.current().language(), now);
        int number = Page.clamp(requested.getAsLong(), total, PAGE_SIZE);
        if (number != requested.getAsLong()) {
            Pages.redirectTo(pageUrl(number));
            return;
        }
        page = notices.page(RouteMatch.current().language(), number, PAGE_SIZE, total, now);
    }

    public Page<NoticeView> getPage() {
        return page;
    }

    public String pageUrl(int number) {
        return PublicRoute.NOTICES.pageUrl(RouteMatch.current().language(), null, number);
    }
}
