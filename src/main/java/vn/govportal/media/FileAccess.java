package vn.govportal.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.publishing.ContentCommitted;

/**
 * Whether a visitor may be served a stored file, remembered for {@code govportal.cache.seconds}
 * like the pages that show it (an image on a page is asked for as often as the page), and
 * forgotten at once when staff change anything, so a file leaves the public site with its item.
 */
@ApplicationScoped
public class FileAccess {

    /** Files whose answer is remembered; the least recently asked go first. */
    static final int MAX_REMEMBERED = 10_000;

    @Inject
    private MediaUsage usage;

    @Inject
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    private long generation;
    private final Map<Long, Answer> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Answer> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    @PostConstruct
    void init() {
        cacheSeconds = Math.max(0, cacheSeconds);
    }

    /** Whether visitors may see the file {@code originalId} (or any scaled copy of it) now. */
    public boolean isPublic(long originalId) {
        Instant now = ClusterTime.now();
        long askedIn;
        synchronized (this) {
            Answer known = answers.get(originalId);
            if (known != null && now.isBefore(known.until())) {
                return known.isPublic();
            }
            askedIn = generation;
        }
        boolean isPublic = usage.isPublic(originalId, now);
        synchronized (this) {
            // An answer read while staff changed something may be the old one: used once, not kept.
            if (askedIn == generation && cacheSeconds > 0) {
                answers.put(originalId, new Answer(isPublic, now.plusSeconds(cacheSeconds)));
            }
        }
        return isPublic;
    }

    synchronized void onContentCommitted(@Observes ContentCommitted change) {
        generation++;
        answers.clear();
    }

    private record Answer(boolean isPublic, Instant until) {
    }
}
