package vn.govportal.link;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Stateless
public class LinkService {

    @PersistenceContext
    private EntityManager em;

    /** All links, grouped, in the order staff set. */
    public List<LinkGroup> grouped() {
        Map<String, List<LinkGroup.LinkItem>> groups = new LinkedHashMap<>();
        for (WebLink link : em.createNamedQuery("WebLink.findAllOrdered", WebLink.class).getResultList()) {
            groups.computeIfAbsent(link.getGroupName(), g -> new ArrayList<>())
                    .add(new LinkGroup.LinkItem(link.getTitle(), link.getUrl()));
        }
        List<LinkGroup> result = new ArrayList<>();
        groups.forEach((name, links) -> result.add(new LinkGroup(name, links)));
        return result;
    }
}
