package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import vn.govportal.media.MediaServlet;
import vn.govportal.media.Renditions;
import vn.govportal.web.Messages;

/**
 * What a public page says about itself to search engines and social networks, in absolute
 * addresses: its canonical address (the route's own, without any junk parameter), the language
 * as Open Graph writes it, its feed, and its image.
 */
@Named("meta")
@RequestScoped
public class PageMeta {

    @Inject
    private SiteOrigin origin;

    @Inject
    private HttpServletRequest request;

    /** A text of the page's language with one value in it (descriptions, feed titles). */
    public String format(String key, String value) {
        return Messages.format(RouteMatch.current().language().locale(), key, value);
    }

    /** A text of the page's language with two values in it. */
    public String format2(String key, String first, String second) {
        return Messages.format(RouteMatch.current().language().locale(), key, first, second);
    }

    /** The page's own address in full, or null where a page has none (a staff preview). */
    public String getCanonical() {
        RouteMatch match = RouteMatch.current();
        if (match.notFound() || match.route().takesSlug() != (match.slug() != null)) {
            return null;
        }
        OptionalLong page = match.route().parameters().contains(PublicRoute.PAGE) ? RouteMatch.requestedPage() : OptionalLong.empty();
        String url = page.isPresent() && page.getAsLong() > 1
                ? match.route().pageUrl(match.language(), match.slug(), page.getAsLong())
                : match.route().url(match.language(), match.slug());
        return origin.base(request) + url;
    }

    /** {@code vi_VN} or {@code en_US}, as Open Graph names a locale. */
    public String getOgLocale() {
        return RouteMatch.current().language() == SiteLanguage.VI ? "vi_VN" : "en_US";
    }

    public String getLanguage() {
        return RouteMatch.current().language().tag();
    }

    /** The news feed of the page's language, in full. */
    public String getFeed() {
        return origin.base(request) + PublicRoute.FEED.url(RouteMatch.current().language(), null);
    }

    /** A category's feed, in full. */
    public String categoryFeed(String slug) {
        return origin.base(request) + PublicRoute.CATEGORY_FEED.url(RouteMatch.current().language(), slug);
    }

    /** An image's page-wide rendition, in full: what a shared link's preview shows. */
    public String image(long id, String fileName) {
        return origin.base(request) + MediaServlet.address(id, fileName, Renditions.WIDTHS[1]);
    }

    /** The emblem, in full: the preview image of a page without one of its own. */
    public String getEmblem() {
        return origin.base(request) + SiteIcons.PNG_512;
    }
}
