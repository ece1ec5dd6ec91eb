package vn.govportal.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Request;

/**
 * An address with a broken percent escape ({@code /bai-viet/%ZZ}, {@code /%u0}) fails in
 * Payara's connector before any filter of the portal runs: the connector logs a stack trace
 * (SEVERE, AS-WEB-CORE-00037) and answers an empty 200, so anyone could fill the log with a
 * loop of such requests. Nothing in Payara's configuration changes that path, so this guard,
 * installed when the portal starts:
 * <ul>
 * <li>marks such a request 400 Bad Request before the connector sees it (a probe on Grizzly's
 * HTTP server filter, found through Payara's service registry), and</li>
 * <li>drops exactly that log record (message AS-WEB-CORE-00037 for an exception thrown by
 * Grizzly's URL decoder); every other record of that logger is kept.</li>
 * </ul>
 * If a later Payara moves what the probe is found through, the portal still starts: the log
 * stays clean and only the status goes back to Payara's own.
 */
@WebListener
public class MalformedAddressGuard implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MalformedAddressGuard.class.getName());
    private static final String CONNECTOR_LOGGER = "jakarta.enterprise.web.core";
    private static final String CONNECTOR_FAILURE = "AS-WEB-CORE-00037";
    private static final String URL_DECODER = "org.glassfish.grizzly.http.util.URLDecoder";

    /** Held so the logger, and the filter set on it, live as long as the portal. */
    private final Logger connectorLog = Logger.getLogger(CONNECTOR_LOGGER);
    private final List<HttpServerFilter> probed = new ArrayList<>();
    private Filter previousFilter;

    private final HttpServerProbe probe = new HttpServerProbe.Adapter() {
        @Override
        public void onBeforeServiceEvent(HttpServerFilter filter, Connection connection, Request request, HttpHandler handler) {
            if (!hasValidEscapes(request.getRequest().getRequestURI())) {
                // The connector then fails on the address as before, but the answer keeps this status.
                request.getResponse().setStatus(400, "Bad Request");
            }
        }
    };

    /** Whether every {@code %} in a raw path is followed by two hex digits: the decoder's own rule. */
    static boolean hasValidEscapes(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 3)) {
            if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
                    || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a log record is the connector's report of an address its URL decoder refused. */
    static boolean isMalformedAddressReport(LogRecord record) {
        Throwable thrown = record.getThrown();
        return CONNECTOR_FAILURE.equals(record.getMessage())
                && (thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException)
                && thrown.getStackTrace().length > 0
                && URL_DECODER.equals(thrown.getStackTrace()[0].getClassName());
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        previousFilter = connectorLog.getFilter();
        Filter previous = previousFilter;
        connectorLog.setFilter(record -> !isMalformedAddressReport(record) && (previous == null || previous.isLoggable(record)));
        try {
            for (HttpServerFilter filter : httpServerFilters()) {
                filter.getMonitoringConfig().addProbes(probe);
                probed.add(filter);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "Addresses with a malformed escape keep Payara''s own answer: {0}", e.toString());
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (HttpServerFilter filter : probed) {
            filter.getMonitoringConfig().removeProbes(probe);
        }
        connectorLog.setFilter(previousFilter);
    }

    /** Grizzly's HTTP server filters of Payara's network listeners, through Payara's service registry. */
    @SuppressWarnings("unchecked")
    private static List<HttpServerFilter> httpServerFilters() throws ReflectiveOperationException {
        Object registry = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
        Class<?> grizzlyService = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Object service = registry.getClass().getMethod("getService", Class.class, java.lang.annotation.Annotation[].class)
                .invoke(registry, grizzlyService, new java.lang.annotation.Annotation[0]);
        Field proxies = grizzlyService.getDeclaredField("proxies");
        proxies.setAccessible(true);
        List<HttpServerFilter> filters = new ArrayList<>();
        for (Object proxy : (Collection<?>) proxies.get(service)) {
            Object listener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
            filters.addAll((List<HttpServerFilter>) listener.getClass().getMethod("getFilters", Class.class)
                    .invoke(listener, HttpServerFilter.class));
        }
        return filters;
    }
}
