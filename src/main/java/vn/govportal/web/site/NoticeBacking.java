package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govportal.notice.NoticeService;
import vn.govportal.notice.NoticeView;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#NOTICE}: one notice with its attachment. */
@Named("noticePage")
@RequestScoped
public class NoticeBacking {

    @Inject
    private NoticeService notices;

    private NoticeView notice;

    public void load() {
        OptionalLong preview = Pages.previewId();
        Optional<NoticeView> found = preview.isPresent() ? notices.findPreview(preview.getAsLong(), Instant.now())
                : notices.findPublic(RouteMatch.current().slug(), Instant.now());
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        notice = found.get();
    }

    public NoticeView getNotice() {
        return notice;
    }
}
