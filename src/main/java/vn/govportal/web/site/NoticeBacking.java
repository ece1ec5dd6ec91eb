package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.notice.NoticeService;
import vn.govportal.notice.NoticeView;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#NOTICE}: one notice with its attachment. */
@Named("noticePage")
@RequestScoped
public class NoticeBacking {

    @Inject
    private NoticeService notices;

    @Inject
    private PageMeta meta;

    private NoticeView notice;

    public void load() {
        OptionalLong preview = Pages.previewId();
        SiteLanguage language = RouteMatch.current().language();
        Optional<NoticeView> found = preview.isPresent() ? notices.findPreview(language, preview.getAsLong(), ClusterTime.now())
                : notices.findPublic(language, RouteMatch.current().slug(), ClusterTime.now());
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        notice = found.get();
        String translated = notice.slugIn(language == SiteLanguage.VI ? SiteLanguage.EN : SiteLanguage.VI);
        if (translated != null) {
            meta.alternate(PublicRoute.NOTICE, translated, true);
        } else {
            meta.alternate(PublicRoute.NOTICES, null, false);
        }
    }

    public NoticeView getNotice() {
        return notice;
    }
}
