package vn.govportal.link;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govportal.text.SiteLanguage;

@Stateless
public class LinkService {

    @PersistenceContext
    private EntityManager em;

    /** All links, grouped, in the order staff set; named in English on the English site where staff gave a name. */
    public List<LinkGroup> grouped(SiteLanguage language) {
        boolean english = language == SiteLanguage.EN;
        Map<String, List<LinkGroup.LinkItem>> groups = new LinkedHashMap<>();
        for (WebLink link : em.createNamedQuery("WebLink.findAllOrdered", WebLink.class).getResultList()) {
            String group = english ? either(link.getGroupNameEn(), link.getGroupName()) : link.getGroupName();
            String title = english ? either(link.getTitleEn(), link.getTitle()) : link.getTitle();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new LinkGroup.LinkItem(title, link.getUrl()));
        }
        List<LinkGroup> result = new ArrayList<>();
        groups.forEach((name, links) -> result.add(new LinkGroup(name, links)));
        return result;
    }

    private static String either(String english, String vietnamese) {
        return english == null || english.isBlank() ? vietnamese : english;
    }
}
