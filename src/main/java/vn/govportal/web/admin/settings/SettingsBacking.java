package vn.govportal.web.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.media.MediaInfo;
import vn.govportal.media.MediaService;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.settings.SettingsEditing;
import vn.govportal.settings.SiteSettings;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Messages;
import vn.govportal.web.admin.Refusals;

/** Backs {@code /admin/settings/}: the agency details in the footer, the slogan banner and the trust badge. */
@Named("settingsPage")
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsEditing site;

    @Inject
    private MediaService media;

    @Inject
    private FacesContext faces;

    private SiteSettings settings;
    private LocalDateTime sloganFrom;
    private LocalDateTime sloganUntil;
    private List<MediaInfo> images;
    /** The settings as saved when this page was opened: what a conflict is compared against. */
    private SiteSettings opened;
    /** The labels of what someone else changed in a save that landed first. */
    private List<String> theirChanges = List.of();

    @PostConstruct
    void load() {
        settings = site.settings();
        opened = site.settings();
        theirChanges = List.of();
        sloganFrom = VietnamTime.toLocal(settings.getSloganValidFrom());
        sloganUntil = VietnamTime.toLocal(settings.getSloganValidUntil());
        images = media.images();
    }

    public void save() {
        settings.setSloganValidFrom(VietnamTime.fromLocal(sloganFrom));
        settings.setSloganValidUntil(VietnamTime.fromLocal(sloganUntil));
        try {
            site.save(settings);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("site.saved"), null));
            load();
        } catch (StaleEdit e) {
            showTheirChanges();
        } catch (EditRefused e) {
            Refusals.show(faces, "settings", e);
        }
    }



    /**
     * Someone else saved first: name what they changed, keep what was typed here, and work from
     * their version, so saving again keeps this text.
     */
    private void showTheirChanges() {
        SiteSettings theirs = site.settings();
        theirChanges = opened.fieldsChangedFrom(theirs).stream().map(Messages::text).toList();
        opened = theirs;
        settings.setVersion(theirs.getVersion());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.refused.conflictKept"), null));
        faces.validationFailed();
    }

    public List<String> getTheirChanges() {
        return theirChanges;
    }

    public SiteSettings getSettings() {
        return settings;
    }

    public LocalDateTime getSloganFrom() {
        return sloganFrom;
    }

    public void setSloganFrom(LocalDateTime sloganFrom) {
        this.sloganFrom = sloganFrom;
    }

    public LocalDateTime getSloganUntil() {
        return sloganUntil;
    }

    public void setSloganUntil(LocalDateTime sloganUntil) {
        this.sloganUntil = sloganUntil;
    }

    public List<MediaInfo> getImages() {
        return images;
    }
}
