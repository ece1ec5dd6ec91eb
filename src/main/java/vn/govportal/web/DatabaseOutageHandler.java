package vn.govportal.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseStatus;

/**
 * A form sent while the database cannot be reached (a save, a sign-in) comes back as it was
 * sent, with every typed value still in its fields and a message that says nothing was saved
 * and why, instead of an error page that takes the text off the screen. Pages that are only
 * being read during an outage get the maintenance page (see {@code MaintenanceFilter}).
 */
public class DatabaseOutageHandler extends ExceptionHandlerWrapper {

    static final String MESSAGE_KEY = "database.unreachable.kept";

    public DatabaseOutageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext();) {
                Throwable failure = it.next().getContext().getException();
                if (DatabaseFailures.isUnreachable(failure)) {
                    it.remove();
                    CDI.current().select(DatabaseStatus.class).get().reportUnreachable(failure);
                    // Shown by the form's own messages; the view renders again from the values just sent.
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(MESSAGE_KEY), null));
                    context.validationFailed();
                    context.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    /** Wraps the exception handler configured before it (OmniFaces' full-ajax handler). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseOutageHandler(getWrapped().getExceptionHandler());
        }
    }
}
