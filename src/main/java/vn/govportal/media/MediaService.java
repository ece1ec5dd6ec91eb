package vn.govportal.media;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class MediaService {

    @PersistenceContext
    private EntityManager em;

    public Optional<MediaInfo> findInfo(long id) {
        return em.createNamedQuery("MediaFile.findInfo", MediaInfo.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<byte[]> findContent(long id) {
        return em.createNamedQuery("MediaFile.findContent", byte[].class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }
}
