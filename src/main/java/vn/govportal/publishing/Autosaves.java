package vn.govportal.publishing;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/**
 * Each member of staff's autosaved text, per form: only ever their own. The text is what the
 * browser typed, stored as it came; it is cleaned like any other text when it is really saved.
 */
@Stateless
@RequiresRole(Role.AUTHOR)
public class Autosaves {

    /**
     * The forms that autosave: an existing article or notice by its id, or a new one by a name
     * its form was given when it opened (two new articles in two tabs are two autosaves).
     */
    public static final Pattern KEY = Pattern.compile("(article|notice|page)-(new-[a-z0-9]{16}|[1-9][0-9]{0,17})");
    private static final Pattern NEW_ITEM = Pattern.compile("(article|notice|page)-new-.*");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What the column holds on every database (PostgreSQL's VARCHAR(1000000)); a longer text stays in the browser's copy. */
    public static final int MAX_CHARS = 1_000_000;

    private static final Logger LOG = Logger.getLogger(Autosaves.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Caller caller;

    /**
     * The caller's autosave of that form. A new item's form that has none is offered the newest
     * autosave of any new item of its kind: the one a person whose tab or computer went away
     * looks for when they open "new" again.
     */
    public Optional<Autosave> find(String draftKey) {
        Autosave own = em.find(Autosave.class, new Autosave.Key(caller(), draftKey));
        if (own != null || !NEW_ITEM.matcher(draftKey).matches()) {
            return Optional.ofNullable(own);
        }
        String kind = draftKey.substring(0, draftKey.indexOf("-new-"));
        return em.createQuery("SELECT a FROM Autosave a WHERE a.username = :user AND a.draftKey LIKE :kind"
                        + " ORDER BY a.savedAt DESC", Autosave.class)
                .setParameter("user", caller()).setParameter("kind", kind + "-new-%")
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A name for a new article's or notice's form, kept while it is open: {@code article-new-k3x9…}. */
    public static String newItemKey(String kind) {
        StringBuilder key = new StringBuilder(kind).append("-new-");
        for (int i = 0; i < 16; i++) {
            key.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return key.toString();
    }

    public Instant store(String draftKey, Long basedOnVersion, String fields) {
        if (!KEY.matcher(draftKey).matches()) {
            throw new IllegalArgumentException("not a form that autosaves: " + draftKey);
        }
        if (fields.length() > MAX_CHARS) {
            throw new EditRefused(null, "autosave.tooLarge");
        }
        Autosave autosave = em.find(Autosave.class, new Autosave.Key(caller(), draftKey));
        if (autosave == null) {
            autosave = new Autosave(caller(), draftKey);
            em.persist(autosave);
        }
        Instant now = ClusterTime.now();
        autosave.update(basedOnVersion, fields, now);
        return now;
    }

    /** The form was saved for real (or its text discarded): its autosaves go. */
    public void discard(String... draftKeys) {
        for (String key : draftKeys) {
            em.createQuery("DELETE FROM Autosave a WHERE a.username = :user AND a.draftKey = :key")
                    .setParameter("user", caller()).setParameter("key", key).executeUpdate();
        }
    }

    /**
     * After a save: the autosaves it made obsolete go. A failure here loses nothing (the text is
     * saved), so it never turns a save into an error; an autosave left behind is offered once and
     * can be discarded.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void discardAfterSave(String... draftKeys) {
        try {
            // Through the container, in a transaction of its own: its failure cannot undo anything else.
            session.getBusinessObject(Autosaves.class).discard(draftKeys);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "govportal: an autosave outlived its save: {0}", e.getMessage());
        }
    }

    private String caller() {
        return caller.name();
    }
}
