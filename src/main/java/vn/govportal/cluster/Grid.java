package vn.govportal.cluster;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The Payara data grid (Hazelcast) this instance is a member of: shared maps and cluster-wide job
 * leases. Payara Micro runs a grid even with {@code --nocluster}, one of a single member; without
 * any grid (Hazelcast switched off), the same behaviour comes from the instance's own memory.
 */
@ApplicationScoped
public class Grid {

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());
    private static final String JOBS = "govportal.jobs";

    private HazelcastInstance hazelcast;
    private final Map<String, SharedMap<?>> localMaps = new ConcurrentHashMap<>();

    @PostConstruct
    void join() {
        HazelcastInstance found = null;
        try {
            found = InitialContext.doLookup("payara/Hazelcast");
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "No data grid in JNDI", e);
        }
        if (found != null && isRunning(found)) {
            hazelcast = found;
            followClusterTime(hazelcast.getCluster());
            int members = hazelcast.getCluster().getMembers().size();
            LOG.info(() -> members > 1
                    ? "Data grid: this instance is one of " + members + " members of the cluster"
                    : "Data grid: this instance is its only member so far; it runs on its own until another instance joins"
                            + " (never, when started with --nocluster)");
            hazelcast.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    LOG.info(() -> "Data grid: " + event.getMember().getAddress() + " joined; " + event.getMembers().size() + " members");
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    LOG.info(() -> "Data grid: " + event.getMember().getAddress() + " left; " + event.getMembers().size() + " members");
                }
            });
        } else {
            LOG.info("Data grid: none (Payara Micro runs without Hazelcast); throttles, visitors and jobs are this instance's own");
        }
    }

    /**
     * Takes the grid's cluster time as the portal's (see {@link ClusterTime}), and says so when this
     * machine's clock is off by more than a second, which is worth fixing (NTP) though nothing breaks.
     */
    private static void followClusterTime(Cluster cluster) {
        ClusterTime.follow(cluster::getClusterTime);
        long offset = ClusterTime.offset();
        if (Math.abs(offset) > 1000) {
            LOG.warning(() -> "Data grid: this machine's clock is " + Math.abs(offset) + " ms " + (offset > 0 ? "behind" : "ahead of")
                    + " the cluster's; the portal keeps the cluster's time");
        }
    }

    @PreDestroy
    void leave() {
        ClusterTime.followSystem();
    }

    private static boolean isRunning(HazelcastInstance h) {
        try {
            return h.getLifecycleService().isRunning();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether this instance is on a data grid (perhaps of one member), through which it shares state and tells others of changes. */
    public boolean isClustered() {
        return hazelcast != null;
    }

    /** The map named {@code name}: the grid's, shared by every member, or this instance's own. */
    public <V> SharedMap<V> map(String name) {
        return map(name, Integer.MAX_VALUE);
    }

    /**
     * The map named {@code name}; when this instance runs on its own, it keeps at most
     * {@code localCapacity} entries (on the grid, entries lapse by their time to live).
     */
    @SuppressWarnings("unchecked")
    public <V> SharedMap<V> map(String name, int localCapacity) {
        if (hazelcast != null) {
            return new GridMap<>(hazelcast.getMap("govportal." + name));
        }
        return (SharedMap<V>) localMaps.computeIfAbsent(name, n -> new LocalMap<>(System::currentTimeMillis, localCapacity));
    }

    /** A map of this instance's own, unbounded, for a class used outside the container (its unit tests). */
    public static <V> SharedMap<V> ownMap() {
        return new LocalMap<>(System::currentTimeMillis, Integer.MAX_VALUE);
    }

    /**
     * Takes the lease on {@code job} for {@code lease} if no instance holds it: true when this
     * instance is to run the job now. The lease is not given back when the job ends, so the other
     * instances, whose timers fire at other moments, skip the job until it lapses; when the member
     * holding it dies, the grid releases it at once, and the next instance whose timer fires runs it.
     */
    public boolean lease(String job, Duration lease) {
        if (hazelcast == null) {
            return true;
        }
        try {
            return hazelcast.<String, Boolean>getMap(JOBS).tryLock(job, 0, TimeUnit.MILLISECONDS, lease.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
