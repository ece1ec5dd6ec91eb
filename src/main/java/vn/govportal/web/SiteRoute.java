package vn.govportal.web;

import java.util.Optional;
import vn.govportal.text.Slugs;

/** The public site's URLs and the views behind them. */
public final class SiteRoute {

    static final String VIEW_FOLDER = "/site/";

    public static final String HOME = "/site/home.xhtml";
    public static final String CATEGORY = "/site/category.xhtml";
    public static final String ARTICLE = "/site/article.xhtml";
    public static final String NOTICES = "/site/notices.xhtml";
    public static final String NOTICE = "/site/notice.xhtml";

    private SiteRoute() {
    }

    /**
     * The route for a context-relative path: empty if the path is not the public site's (a
     * resource, a file, the admin console); a not-found match if it is the site's but cannot name
     * anything (a malformed slug).
     */
    public static Optional<Match> match(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return Optional.of(new Match(HOME, null));
        }
        if (path.equals("/thong-bao")) {
            return Optional.of(new Match(NOTICES, null));
        }
        Optional<Match> withSlug = withSlug(path, "/chuyen-muc/", CATEGORY);
        if (withSlug.isEmpty()) {
            withSlug = withSlug(path, "/bai-viet/", ARTICLE);
        }
        if (withSlug.isEmpty()) {
            withSlug = withSlug(path, "/thong-bao/", NOTICE);
        }
        return withSlug;
    }

    private static Optional<Match> withSlug(String path, String prefix, String view) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String slug = path.substring(prefix.length());
        return Optional.of(Slugs.isWellFormed(slug) ? new Match(view, slug) : new Match(null, null));
    }

    /** A matched route: the view to render and the slug it names, or no view at all for a URL that names nothing. */
    public record Match(String view, String slug) {

        public boolean notFound() {
            return view == null;
        }
    }
}
