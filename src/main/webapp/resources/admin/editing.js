/*
 * The admin console's editing forms, in the browser:
 * - what staff type is kept in this browser (localStorage) until the server has saved it, so a
 *   session that expired, a lost connection, a database outage or a closed tab never loses it: the
 *   next time the form opens, it offers to put the text back (with the version it was based on, so saving it
 *   over someone else's later save shows the conflict instead of overwriting);
 * - Tab leaves the rich-text editor instead of typing a tab, so the form works from the keyboard;
 * - an image from the media library can be put into the text where the cursor is.
 * Forms opt in with data-draft-key; texts come from the page (data-draft-*), in its language.
 */
(function () {
    "use strict";

    var PREFIX = "govportal-draft:";

    function storage() {
        try {
            return window.localStorage;
        } catch (e) {
            return null; // storage switched off: the form works as before, without the safety net
        }
    }

    function textEditors(form) {
        var found = [];
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.TextEditor && widget.editor && form.contains(widget.jq[0])) {
                found.push(widget);
            }
        });
        return found;
    }

    function textFields(form) {
        return Array.prototype.filter.call(form.querySelectorAll("input[type=text], textarea"), function (field) {
            return field.name && !field.disabled && !field.readOnly && !field.closest("[data-draft-ignore]");
        });
    }

    function snapshot(form) {
        var fields = {};
        textFields(form).forEach(function (field) {
            fields[field.name] = field.value;
        });
        textEditors(form).forEach(function (widget) {
            if (!widget.disabled && !widget.cfg.readOnly) {
                fields[widget.input.attr("name")] = widget.getEditorValue();
            }
        });
        return fields;
    }

    function versionField(form) {
        return form.dataset.draftVersionField ? document.getElementById(form.dataset.draftVersionField) : null;
    }

    function restore(form, draft) {
        textFields(form).forEach(function (field) {
            if (Object.prototype.hasOwnProperty.call(draft.fields, field.name)) {
                field.value = draft.fields[field.name];
            }
        });
        textEditors(form).forEach(function (widget) {
            var name = widget.input.attr("name");
            if (Object.prototype.hasOwnProperty.call(draft.fields, name)) {
                widget.editor.setContents([]);
                widget.editor.clipboard.dangerouslyPasteHTML(0, draft.fields[name], "api");
                widget.input.val(widget.getEditorValue());
            }
        });
        var version = versionField(form);
        if (version && draft.version !== undefined && draft.version !== null) {
            version.value = draft.version;
        }
    }

    function offer(form, key, draft, store) {
        var banner = document.createElement("div");
        banner.className = "draft-found";
        banner.setAttribute("role", "alert");
        var text = document.createElement("p");
        text.textContent = form.dataset.draftText.replace("{0}", new Date(draft.savedAt).toLocaleString(document.documentElement.lang));
        var restoreButton = document.createElement("button");
        restoreButton.type = "button";
        restoreButton.className = "button";
        restoreButton.id = form.id + "-draft-restore";
        restoreButton.textContent = form.dataset.draftRestore;
        var discardButton = document.createElement("button");
        discardButton.type = "button";
        discardButton.className = "button button--secondary";
        discardButton.id = form.id + "-draft-discard";
        discardButton.textContent = form.dataset.draftDiscard;
        restoreButton.addEventListener("click", function () {
            restore(form, draft);
            banner.remove();
            var first = textFields(form)[0];
            if (first) {
                first.focus();
            }
        });
        discardButton.addEventListener("click", function () {
            store.removeItem(key);
            banner.remove();
        });
        banner.appendChild(text);
        banner.appendChild(restoreButton);
        banner.appendChild(discardButton);
        form.insertBefore(banner, form.firstChild);
        restoreButton.focus();
    }

    function read(store, key) {
        try {
            return JSON.parse(store.getItem(key) || "null");
        } catch (e) {
            store.removeItem(key);
            return null;
        }
    }

    /** The form's text as the server sent it, before the browser put back anything it remembered. */
    function asSent(form) {
        var fields = {};
        textFields(form).forEach(function (field) {
            fields[field.name] = field.defaultValue;
        });
        textEditors(form).forEach(function (widget) {
            if (!widget.disabled && !widget.cfg.readOnly) {
                fields[widget.input.attr("name")] = widget.getEditorValue(); // built from the server's HTML
            }
        });
        return fields;
    }

    /*
     * A kept text is let go only when the server says it saved it, when staff discard it, or when
     * the form opens showing exactly it as the saved state. Nothing else drops it: not a form
     * that opens with the same values because the browser put them back (Back), and not a save
     * that failed, which stores the text first.
     */
    function keepDrafts(form) {
        var store = storage();
        if (!store) {
            return;
        }
        var key = PREFIX + form.dataset.draftKey;
        (form.dataset.draftSaved || "").split(" ").filter(Boolean).forEach(function (saved) {
            store.removeItem(PREFIX + saved);
        });
        // A form sent back after a refused or failed save shows text the server does not have.
        var showsSaved = form.dataset.draftShowsSaved === "true";
        var saved = JSON.stringify(asSent(form));
        var version = versionField(form);
        var stored = read(store, key);
        if (stored && stored.fields) {
            var kept = JSON.stringify(stored.fields);
            if (showsSaved && kept === saved) {
                store.removeItem(key);
            } else if (kept !== JSON.stringify(snapshot(form))) {
                offer(form, key, stored, store);
            }
        } else if (stored) {
            store.removeItem(key);
        }
        var remember = function (always) {
            var now = snapshot(form);
            var current = read(store, key);
            if (always !== true && showsSaved && JSON.stringify(now) === saved && !current) {
                return;
            }
            try {
                store.setItem(key, JSON.stringify({
                    // The version this text was typed over: kept from the first keystroke on.
                    version: current && current.version !== undefined ? current.version : (version ? version.value : null),
                    savedAt: Date.now(),
                    fields: now
                }));
            } catch (e) {
                // storage full: nothing more to do than the server's own save
            }
        };
        if (!showsSaved) {
            remember(true);
        }
        form.addEventListener("input", remember);
        form.addEventListener("change", remember);
        // Whatever happens to the request (an outage, an expired session, a closed tab), the text is kept.
        form.addEventListener("submit", function () {
            remember(true);
        });
        window.addEventListener("pagehide", remember);
        textEditors(form).forEach(function (widget) {
            widget.editor.on("text-change", function () {
                widget.input.val(widget.getEditorValue());
                remember();
            });
        });
    }

    /** Tab and Shift+Tab move to the next and previous field, as everywhere else in the form. */
    function tabLeavesEditors() {
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.TextEditor && widget.editor) {
                var bindings = widget.editor.keyboard.bindings;
                Object.keys(bindings).forEach(function (key) {
                    if (key === "Tab" || key === "9") {
                        delete bindings[key];
                    }
                });
            }
        });
    }

    function imageInserting() {
        document.querySelectorAll("[data-insert-image]").forEach(function (button) {
            button.addEventListener("click", function () {
                var choice = document.getElementById(button.dataset.insertImage);
                var widget = PrimeFaces.widgets[button.dataset.editor];
                var option = choice.options[choice.selectedIndex];
                if (!widget || !widget.editor || !choice.value) {
                    choice.focus();
                    return;
                }
                var quill = widget.editor;
                var at = (quill.getSelection(true) || {index: quill.getLength()}).index;
                quill.insertEmbed(at, "image", choice.value, "user");
                quill.formatText(at, 1, "alt", option.dataset.alt || "", "user");
                quill.setSelection(at + 1, 0, "user");
                widget.input.val(widget.getEditorValue());
            });
        });
    }

    function start() {
        tabLeavesEditors();
        imageInserting();
        document.querySelectorAll("form[data-draft-key]").forEach(keepDrafts);
    }

    // PrimeFaces creates deferred widgets (the rich-text editor) once the page has loaded.
    window.addEventListener("load", function () {
        window.setTimeout(start, 0);
    });
})();
