package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.OptionalLong;
import vn.govportal.media.MediaServlet;
import vn.govportal.media.Renditions;
import vn.govportal.text.SiteLanguage;
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

    /** The page the language switch leads to, if its backing bean named one (see {@link #alternate}). */
    private RouteMatch other;
    /** Whether {@link #other} is this very page in the other language (then both carry hreflang links). */
    private boolean translation;

    /** One language version of this page, for {@code <link rel="alternate" hreflang>}. */
    public record Alternate(String language, String url) {

        public String getLanguage() {
            return language;
        }

        public String getUrl() {
            return url;
        }
    }

    /**
     * Names where the language switch leads: the same item in the other language ({@code
     * translation}), or, for an item not translated, the nearest page there (its category, the
     * notices). Pages without an item need not call it: their own page in the other language is meant.
     */
    public void alternate(PublicRoute route, String slug, boolean translation) {
        this.other = new RouteMatch(route, otherLanguage(), slug);
        this.translation = translation;
    }

    private static SiteLanguage otherLanguage() {
        return RouteMatch.current().language() == SiteLanguage.VI ? SiteLanguage.EN : SiteLanguage.VI;
    }

    /** The page the switch leads to: what {@link #alternate} named, else this page's own route in the other language. */
    private RouteMatch switchTarget() {
        if (other != null) {
            return other;
        }
        RouteMatch match = RouteMatch.current();
        if (match.notFound() || match.route().takesSlug() || !match.route().publishedIn(otherLanguage())) {
            return new RouteMatch(PublicRoute.HOME, otherLanguage(), null);
        }
        return new RouteMatch(match.route(), otherLanguage(), null);
    }

    /** The other language's tag, for the switch's {@code lang} and {@code hreflang}. */
    public String getOtherLanguage() {
        return otherLanguage().tag();
    }

    /** Where the language switch leads, context-relative with the context path. */
    public String getSwitchUrl() {
        RouteMatch target = switchTarget();
        return request.getContextPath() + target.route().url(target.language(), target.slug());
    }

    /**
     * This page in each language it exists in, in full, for hreflang links: none if it exists in
     * one only, or is not a page of the site (not found, a preview), or is a later page of a list
     * (whose items differ from language to language).
     */
    public java.util.List<Alternate> getAlternates() {
        RouteMatch match = RouteMatch.current();
        String own = getCanonical();
        if (own == null || match.notFound()) {
            return java.util.List.of();
        }
        boolean sameInBoth = other != null ? translation : !match.route().takesSlug() && match.route().publishedIn(otherLanguage());
        OptionalLong page = match.route().parameters().contains(PublicRoute.PAGE) ? RouteMatch.requestedPage() : OptionalLong.empty();
        if (!sameInBoth || (page.isPresent() && page.getAsLong() > 1)) {
            return java.util.List.of();
        }
        RouteMatch target = switchTarget();
        String theirs = origin.base(request) + target.route().url(target.language(), target.slug());
        return match.language() == SiteLanguage.VI
                ? java.util.List.of(new Alternate("vi", own), new Alternate("en", theirs))
                : java.util.List.of(new Alternate("vi", theirs), new Alternate("en", own));
    }

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
