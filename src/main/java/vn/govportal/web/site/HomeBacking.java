package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the home page: the featured article and the latest articles of each category. */
@Named("homePage")
@RequestScoped
public class HomeBacking {

    @Inject
    private SiteChrome chrome;

    private HomeContent content;

    public void load() {
        content = chrome.home(RouteMatch.current().language());
    }

    public HomeContent getContent() {
        return content;
    }
}
