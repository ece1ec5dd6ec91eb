package vn.govportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of the portal's own style sheets and scripts: a digest of their content, added to
 * their addresses ({@code &v=…}, by OmniFaces' VersionedResourceHandler). A changed file gets a
 * new address, so browsers and caches may keep each address for a year without asking again.
 */
@ApplicationScoped
@Named("staticResources")
public class StaticResources {

    private static final String FOLDER = "/resources/";

    @Inject
    private ServletContext context;

    private volatile String version;

    public String getVersion() {
        String known = version;
        if (known == null) {
            known = digest();
            version = known;
        }
        return known;
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String path : files(FOLDER, new TreeSet<>())) {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> files(String folder, Set<String> found) {
        Set<String> entries = context.getResourcePaths(folder);
        if (entries != null) {
            for (String entry : entries) {
                if (entry.endsWith("/")) {
                    files(entry, found);
                } else {
                    found.add(entry);
                }
            }
        }
        return found;
    }
}
