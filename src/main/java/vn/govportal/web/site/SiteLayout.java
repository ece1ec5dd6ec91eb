package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.govportal.category.CategoryRef;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.link.LinkGroup;
import vn.govportal.menu.MenuLink;
import vn.govportal.notice.NoticeView;
import vn.govportal.settings.SiteInfo;
import vn.govportal.text.VietnamTime;
import vn.govportal.ticker.TickerService.TickerLine;

/** Backs the public template: header, menu, sidebar and footer of every public page. */
@Named("layout")
@RequestScoped
public class SiteLayout {

    @Inject
    private SiteChrome chrome;

    private SiteChrome.Snapshot snapshot;
    private String today;

    @PostConstruct
    void load() {
        snapshot = chrome.current(RouteMatch.current().language());
        today = VietnamTime.longDate(VietnamTime.today(ClusterTime.now()), RouteMatch.current().language());
    }

    public SiteInfo getSite() {
        return snapshot.site();
    }

    public List<CategoryRef> getCategories() {
        return snapshot.categories();
    }

    /** The main navigation, as staff arranged it in the menu editor. */
    public List<MenuLink> getMainMenu() {
        return snapshot.mainMenu();
    }

    public List<MenuLink> getFooterMenu() {
        return snapshot.footerMenu();
    }

    public List<TickerLine> getTicker() {
        return snapshot.ticker();
    }

    public boolean isHasTicker() {
        return !snapshot.ticker().isEmpty();
    }

    public List<LinkGroup> getLinks() {
        return snapshot.links();
    }

    public boolean isHasLinks() {
        return !snapshot.links().isEmpty();
    }

    public List<NoticeView> getNotices() {
        return snapshot.notices();
    }

    /** "Thứ Sáu, 27/11/2026"; "Friday, 27/11/2026" on the English site. */
    public String getToday() {
        return today;
    }
}
