package vn.govportal.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The addresses staff may make the public site link to. */
public final class SafeUrls {

    private SafeUrls() {
    }

    /**
     * An http(s) address, or a path on this site; null for a blank one. Anything else
     * ({@code javascript:}, {@code data:}, a protocol-relative {@code //host}) is refused as
     * {@code field}, as is one longer than {@code max}.
     */
    public static String checked(String field, String value, int max) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty()) {
            return null;
        }
        if (url.length() > max) {
            throw new EditRefused(field, "article.refused.tooLong", max);
        }
        // Browsers read "/\host" as "//host", another site; no address needs a backslash or a control character.
        if (url.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            throw new EditRefused(field, "site.refused.url");
        }
        if (url.startsWith("/") && !url.startsWith("//")) {
            return url;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new EditRefused(field, "site.refused.url");
    }
}
