package vn.govportal.web.site;

/**
 * The agency's emblem as the site's icons (files under {@code /icons/} of the WAR, plus
 * {@code /favicon.ico} for browsers that ask for it by name): a vector one for browsers that
 * take it, and the sizes phones ask for.
 */
public final class SiteIcons {

    public static final String SVG = "/icons/emblem.svg";
    public static final String PNG_192 = "/icons/emblem-192.png";
    public static final String PNG_512 = "/icons/emblem-512.png";
    public static final String APPLE_TOUCH = "/icons/apple-touch-icon.png";
    public static final String ICO = "/favicon.ico";

    private SiteIcons() {
    }
}
