package vn.govportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the admin console and the sign-in page: Vietnamese, or English for staff who
 * ask for it. The choice is a cookie, so it outlives the session and needs none. The public site
 * is Vietnamese and never reads it.
 */
@Named("language")
@RequestScoped
public class Language {

    /** The query parameter that switches the language: {@code ?hl=en}. */
    static final String PARAMETER = "hl";
    static final String COOKIE = "govportal-lang";
    static final List<String> SUPPORTED = List.of("vi", "en");

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(chosen(request).orElse("vi"));
        }
        return locale;
    }

    /** For {@code <html lang>}. */
    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isVietnamese() {
        return "vi".equals(getTag());
    }

    /** This page's address with the language switched to {@code tag}. */
    public String switchTo(String tag) {
        String query = withoutSwitch(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + tag;
    }

    /** A query string without the language parameter; empty for none. */
    static String withoutSwitch(String query) {
        return query == null ? "" : query.replaceAll("(^|&)" + PARAMETER + "=[^&]*", "").replaceFirst("^&", "");
    }

    static Optional<String> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
