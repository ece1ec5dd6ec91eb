package vn.govportal.web.admin.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import vn.govportal.media.MediaLibrary;
import vn.govportal.web.Messages;

/** What the console's pages tell the rich-text editor: where its files are and how large an image may be. */
@Named("richText")
@ApplicationScoped
public class RichTextEditor {

    /** Written into the editor's jar by its packager; the version names the folder its files are served from. */
    private static final String POM_PROPERTIES = "/META-INF/maven/org.webjars.npm/tinymce/pom.properties";

    @Inject
    private MediaLibrary library;

    private String version;

    /** The folder TinyMCE's files are served from, under the context path. */
    public String getBase() {
        return "/webjars/tinymce/" + version();
    }

    public long getMaxUploadBytes() {
        return library.maxBytes();
    }

    public long getMaxUploadMegabytes() {
        return library.maxBytes() / (1024 * 1024);
    }

    /** Said before an image over the limit is sent, rather than after minutes of uploading. */
    public String getTooLargeMessage() {
        return Messages.format("editor.upload.tooLarge", getMaxUploadMegabytes());
    }

    public String getAutosavePath() {
        return AutosaveServlet.PATH;
    }

    public String getUploadPath() {
        return EditorImageServlet.PATH;
    }

    private String version() {
        if (version == null) {
            Properties properties = new Properties();
            try (InputStream in = RichTextEditor.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in == null) {
                    throw new IllegalStateException("The rich-text editor (TinyMCE webjar) is missing from the WAR");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = properties.getProperty("version");
        }
        return version;
    }
}
