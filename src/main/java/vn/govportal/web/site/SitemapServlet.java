package vn.govportal.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.govportal.article.ArticleCard;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.document.DocumentRegister;
import vn.govportal.notice.NoticeService;
import vn.govportal.page.PageService;
import vn.govportal.paging.PageNumbers;
import vn.govportal.publishing.PublicEntry;
import vn.govportal.question.QuestionBoard;
import vn.govportal.text.SiteLanguage;

/**
 * The sitemap (sitemaps.org 0.9), for search engines: {@code /sitemap.xml} is an index of its
 * parts, and {@code ?phan=N} is one part: first the site's own pages (home, categories, notices),
 * then the articles, the notices, the register's documents and the answered questions, at most {@value #PART_SIZE} addresses a part, so a site
 * of any size stays within the 50,000 a sitemap may hold. Each address gives its last change and,
 * where the page exists in another language, that version ({@code xhtml:link}).
 */
@WebServlet(name = "SitemapServlet", urlPatterns = PublicRoute.VIEW_FOLDER + "sitemap")
public class SitemapServlet extends HttpServlet {

    static final int PART_SIZE = 10_000;
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    @Inject
    private ArticleService articles;

    @Inject
    private NoticeService notices;

    @Inject
    private SiteChrome chrome;

    @Inject
    private DocumentRegister documents;

    @Inject
    private QuestionBoard questions;

    @Inject
    private PageService pages;

    @Inject
    private SiteOrigin origin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = ClusterTime.now();
        long articleParts = parts(articles.countPublic(now));
        long noticeParts = parts(notices.count(SiteLanguage.VI, now));
        long documentParts = parts(documents.countPublic());
        long questionParts = parts(questions.countPublic());
        long total = 1 + articleParts + noticeParts + documentParts + questionParts;
        // No part asked for: the index. An empty part is part 1, as for any page number (and its cache key).
        String wanted = request.getParameter(PublicRoute.PART);
        OptionalLong part = wanted == null ? OptionalLong.empty() : PageNumbers.parse(wanted);
        if (wanted != null && (part.isEmpty() || part.getAsLong() < 1 || part.getAsLong() > total)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = origin.base(request);
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            if (part.isEmpty()) {
                index(xml, base, total);
            } else {
                long number = part.getAsLong();
                List<Address> addresses = number == 1 ? sitePages(now)
                        : number <= 1 + articleParts ? items(PublicRoute.ARTICLE, articles.publicEntries(offset(number - 2), PART_SIZE, now))
                        : number <= 1 + articleParts + noticeParts
                        ? items(PublicRoute.NOTICE, notices.publicEntries(offset(number - 2 - articleParts), PART_SIZE, now))
                        : number <= 1 + articleParts + noticeParts + documentParts
                        ? items(PublicRoute.DOCUMENT, documents.publicEntries(offset(number - 2 - articleParts - noticeParts), PART_SIZE))
                        : items(PublicRoute.QUESTION, questions.publicEntries(
                                offset(number - 2 - articleParts - noticeParts - documentParts), PART_SIZE));
                urls(xml, base, addresses);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The sitemap could not be written", e);
        }
    }

    private static long parts(long items) {
        return (items + PART_SIZE - 1) / PART_SIZE;
    }

    private static int offset(long index) {
        return Math.toIntExact(index * PART_SIZE);
    }

    private static void index(XMLStreamWriter xml, String base, long total) throws XMLStreamException {
        xml.setDefaultNamespace(SITEMAP);
        xml.writeStartElement(SITEMAP, "sitemapindex");
        xml.writeDefaultNamespace(SITEMAP);
        for (int number = 1; number <= total; number++) {
            xml.writeStartElement(SITEMAP, "sitemap");
            element(xml, "loc", base + PublicRoute.sitemapPart(number));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void urls(XMLStreamWriter xml, String base, List<Address> addresses) throws XMLStreamException {
        xml.setDefaultNamespace(SITEMAP);
        xml.setPrefix("xhtml", XHTML);
        xml.writeStartElement(SITEMAP, "urlset");
        xml.writeDefaultNamespace(SITEMAP);
        xml.writeNamespace("xhtml", XHTML);
        for (Address address : addresses) {
            for (SiteLanguage language : address.languages()) {
                xml.writeStartElement(SITEMAP, "url");
                element(xml, "loc", base + address.url(language));
                if (address.lastModified() != null) {
                    element(xml, "lastmod", W3C.format(address.lastModified().truncatedTo(ChronoUnit.SECONDS)));
                }
                if (address.languages().size() > 1) {
                    // Every version names every version, itself included, as search engines ask.
                    for (SiteLanguage other : address.languages()) {
                        xml.writeEmptyElement(XHTML, "link");
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", other.tag());
                        xml.writeAttribute("href", base + address.url(other));
                    }
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The home page, each category, the notices list and the register, dated by their newest item (on the Vietnamese site, which has them all). */
    private List<Address> sitePages(Instant now) {
        List<Address> pages = new ArrayList<>();
        Instant newest = articles.latest(SiteLanguage.VI, 1, now).stream().map(ArticleCard::getPublishedAt).findFirst().orElse(null);
        pages.add(new Address(PublicRoute.HOME, null, null, newest));
        List<CategoryRef> english = chrome.current(SiteLanguage.EN).categories();
        for (CategoryRef category : chrome.current(SiteLanguage.VI).categories()) {
            Instant latest = articles.latestInCategory(SiteLanguage.VI, category.getId(), 1, now).stream()
                    .map(ArticleCard::getPublishedAt).findFirst().orElse(null);
            String englishSlug = english.stream().filter(c -> c.getId() == category.getId()).map(CategoryRef::getSlug)
                    .findFirst().orElse(null);
            pages.add(new Address(PublicRoute.CATEGORY, category.getSlug(), englishSlug, latest));
        }
        Instant latestNotice = notices.latest(SiteLanguage.VI, 1, now).stream().map(n -> n.getPublishedAt()).findFirst().orElse(null);
        pages.add(new Address(PublicRoute.NOTICES, null, null, latestNotice));
        pages.add(new Address(PublicRoute.DOCUMENTS, null, null, null));
        pages.add(new Address(PublicRoute.QUESTIONS, null, null, null));
        pages.add(new Address(PublicRoute.PROCEDURES, null, null, null));
        // The agency's own pages are few: they go with the site's.
        pages.addAll(items(PublicRoute.INFO_PAGE, this.pages.publicEntries(0, PART_SIZE)));
        return pages;
    }

    private static List<Address> items(PublicRoute route, List<PublicEntry> entries) {
        return entries.stream().map(e -> new Address(route, e.slug(), e.englishSlug(), e.lastModified())).toList();
    }

    /**
     * One page of the site, in the languages it is published in: a page without an item in
     * both, an item in English only if its English version is public ({@code englishSlug}).
     */
    private record Address(PublicRoute route, String slug, String englishSlug, Instant lastModified) {

        List<SiteLanguage> languages() {
            if (!route.takesSlug()) {
                return List.of(SiteLanguage.values()).stream().filter(route::publishedIn).toList();
            }
            return englishSlug == null ? List.of(SiteLanguage.VI) : List.of(SiteLanguage.VI, SiteLanguage.EN);
        }

        String url(SiteLanguage language) {
            return route.url(language, route.takesSlug() && language == SiteLanguage.EN ? englishSlug : slug);
        }
    }
}
