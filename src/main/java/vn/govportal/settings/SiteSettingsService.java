package vn.govportal.settings;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaServlet;
import vn.govportal.text.SiteLanguage;

@Stateless
public class SiteSettingsService {

    /** Shown until staff enter the agency's name. */
    static final String UNCONFIGURED_NAME = "Cổng thông tin điện tử";

    @PersistenceContext
    private EntityManager em;

    public SiteInfo current(SiteLanguage language, Instant now) {
        SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
        if (settings == null) {
            return new SiteInfo(UNCONFIGURED_NAME);
        }
        String badge = null;
        if (settings.getTrustBadgeImageId() != null) {
            badge = em.createNamedQuery("MediaFile.findInfo", MediaInfo.class)
                    .setParameter("id", settings.getTrustBadgeImageId())
                    .getResultList().stream().findFirst().map(m -> MediaServlet.address(m.getId(), m.getFileName())).orElse(null);
        }
        return new SiteInfo(settings, language, badge, now);
    }
}
