package vn.govportal.link;

import java.util.List;

/** Links under one heading, as the public drop-down shows them. */
public final class LinkGroup {

    private final String name;
    private final List<LinkItem> links;

    public LinkGroup(String name, List<LinkItem> links) {
        this.name = name;
        this.links = List.copyOf(links);
    }

    public String getName() {
        return name;
    }

    public List<LinkItem> getLinks() {
        return links;
    }

    /** One link, detached from the persistence context. */
    public static final class LinkItem {

        private final String title;
        private final String url;

        public LinkItem(String title, String url) {
            this.title = title;
            this.url = url;
        }

        public String getTitle() {
            return title;
        }

        public String getUrl() {
            return url;
        }
    }
}
