package vn.govportal.web.admin.media;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaLibrary;
import vn.govportal.publishing.EditRefused;
import vn.govportal.web.Messages;

/** Backs {@code /admin/media/}: editors upload images and documents and remove unused ones. */
@Named("mediaPage")
@ViewScoped
public class MediaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaLibrary library;

    @Inject
    private FacesContext faces;

    private List<MediaInfo> files;

    @PostConstruct
    void load() {
        files = library.list();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            MediaInfo stored = library.upload(file.getFileName(), file.getContent());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format("media.uploaded", stored.getFileName()), null));
            load();
        } catch (EditRefused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(e.getMessageKey(), e.getArguments()), null));
        }
    }

    public void delete(MediaInfo file) {
        try {
            library.delete(file.getId());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format("media.deleted", file.getFileName()), null));
            load();
        } catch (EditRefused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.format(e.getMessageKey(), e.getArguments()), null));
        }
    }

    public long getMaxBytes() {
        return library.maxBytes();
    }

    public List<MediaInfo> getFiles() {
        return files;
    }
}
