/*
 * The admin console's editing forms, in the browser:
 * - what staff type is kept in this browser (localStorage) until the server has saved it, so a
 *   session that expired, a lost connection, a database outage or a closed tab never loses it: the
 *   next time the form opens, it offers to put the text back (with the version it was based on, so saving it
 *   over someone else's later save shows the conflict instead of overwriting);
 * - an image from the media library can be put into the text where the cursor is.
 * Forms opt in with data-draft-key; texts come from the page (data-draft-*), in its language.
 */
(function () {
    "use strict";

    var PREFIX = "govportal-draft:";

    /**
     * This browser's storage; when it is switched off, a copy that lives as long as the page, so
     * the server's autosave still runs (the browser-side safety net is then the server's alone).
     */
    /** What an editor holding no text writes: one empty paragraph, perhaps with its placeholder line break. */
    var EMPTY_EDITOR = /^(<p>(<br[^>]*>|&nbsp;|\s)*<\/p>)?$/;

    function storage() {
        try {
            var store = window.localStorage;
            store.getItem(PREFIX);
            return store;
        } catch (e) {
            var memory = {};
            return {
                getItem: function (key) {
                    return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
                },
                setItem: function (key, value) {
                    memory[key] = String(value);
                },
                removeItem: function (key) {
                    delete memory[key];
                },
                key: function () {
                    return null;
                },
                length: 0
            };
        }
    }

    /**
     * A new item's form has a key of its own ("article-new-x7k2…"), so two new articles typed in
     * two tabs never overwrite each other's kept text. Opening a new form offers the newest text
     * kept for any new item of the same kind: that is the one a person who lost a tab looks for.
     */
    function newItemKind(key) {
        var match = /^(article|notice)-new-/.exec(key);
        return match ? match[1] : null;
    }

    function newestNewItem(store, kind) {
        var newest = null;
        for (var i = 0; i < (store.length || 0); i++) {
            var key = store.key(i);
            if (key && key.indexOf(PREFIX + kind + "-new") === 0) {
                var kept = read(store, key);
                if (kept && kept.fields && (!newest || kept.savedAt > newest.draft.savedAt)) {
                    newest = {key: key, draft: kept};
                }
            }
        }
        return newest;
    }

    /** The rich-text editors (rich-text.js) of a form, each with the textarea it writes to. */
    function richTexts(form) {
        return Array.prototype.filter.call(form.querySelectorAll("textarea[data-rich-text]"), function (field) {
            return window.tinymce && window.tinymce.get(field.id);
        }).map(function (field) {
            return window.tinymce.get(field.id);
        });
    }

    function textFields(form) {
        return Array.prototype.filter.call(form.querySelectorAll("input[type=text], textarea"), function (field) {
            return field.name && !field.disabled && !field.readOnly && !field.closest("[data-draft-ignore]");
        });
    }

    function snapshot(form) {
        var fields = {};
        textFields(form).forEach(function (field) {
            fields[field.name] = valueOf(field, field.value); // a rich text's textarea follows its editor (rich-text.js)
        });
        return fields;
    }

    /**
     * A field's text as compared and kept. The editor writes line breaks between blocks, except
     * when the page is being left (its own last save): they are layout, not text (the server drops
     * them too), so they do not make an unchanged text look changed. An empty editor in a hidden
     * tab writes an empty paragraph as it is left: that is no text either.
     */
    function valueOf(field, value) {
        if (!field.hasAttribute("data-rich-text")) {
            return value;
        }
        var text = value.replace(/>\n+</g, "><");
        return EMPTY_EDITOR.test(text) ? "" : text;
    }

    function versionField(form) {
        return form.dataset.draftVersionField ? document.getElementById(form.dataset.draftVersionField) : null;
    }

    function restore(form, draft) {
        // The version first: putting the text back is itself a change, which keeps the text with
        // the version it was typed over — that one, not the version the page opened with.
        var version = versionField(form);
        if (version && draft.version !== undefined && draft.version !== null) {
            version.value = draft.version;
        }
        textFields(form).forEach(function (field) {
            if (Object.prototype.hasOwnProperty.call(draft.fields, field.name)) {
                field.value = draft.fields[field.name];
            }
        });
        richTexts(form).forEach(function (editor) {
            var field = editor.getElement();
            if (Object.prototype.hasOwnProperty.call(draft.fields, field.name)) {
                editor.setContent(draft.fields[field.name]);
                editor.save();
            }
        });
    }

    function offer(form, key, draft, store, message, onDiscard, onRestore) {
        var old = form.querySelector(".draft-found");
        if (old) {
            old.remove();
        }
        var banner = document.createElement("div");
        banner.className = "draft-found";
        banner.setAttribute("role", "alert");
        var text = document.createElement("p");
        text.textContent = (message || form.dataset.draftText).replace("{0}", new Date(draft.savedAt).toLocaleString(document.documentElement.lang));
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
            if (onRestore) {
                onRestore();
            }
            banner.remove();
            var first = textFields(form)[0];
            if (first) {
                first.focus();
            }
        });
        discardButton.addEventListener("click", function () {
            store.removeItem(key);
            if (onDiscard) {
                onDiscard();
            }
            banner.remove();
        });
        banner.appendChild(text);
        banner.appendChild(restoreButton);
        banner.appendChild(discardButton);
        form.insertBefore(banner, form.firstChild);
        // Only if nothing has the focus yet: a key pressed while typing must not restore over the typing.
        if (!document.activeElement || document.activeElement === document.body) {
            restoreButton.focus();
        }
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
            // A rich text's editor opens on the server's text (rich-text.js); its value is that text as the editor writes it.
            fields[field.name] = field.hasAttribute("data-rich-text") ? valueOf(field, field.value) : field.defaultValue;
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
        var key = PREFIX + form.dataset.draftKey;
        (form.dataset.draftSaved || "").split(" ").filter(Boolean).forEach(function (saved) {
            store.removeItem(PREFIX + saved);
        });
        // A form sent back after a refused or failed save shows text the server does not have.
        var showsSaved = form.dataset.draftShowsSaved === "true";
        var saved = JSON.stringify(asSent(form));
        var version = versionField(form);
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
        var stored = read(store, key);
        var kind = newItemKind(form.dataset.draftKey);
        var adopted = !stored && kind ? newestNewItem(store, kind) : null;
        if (adopted) {
            // Another new item's text, offered to this form: taken over under this form's key, and
            // let go under the other one, here and on the server, whichever button is pressed.
            var other = adopted.key.substring(PREFIX.length);
            offer(form, adopted.key, adopted.draft, store, null, function () {
                discardOnServer(form, other);
            }, function () {
                store.removeItem(adopted.key);
                discardOnServer(form, other);
                remember(true);
            });
        } else if (stored && stored.fields) {
            var kept = JSON.stringify(stored.fields);
            if (showsSaved && kept === saved) {
                store.removeItem(key);
            } else if (kept !== JSON.stringify(snapshot(form))) {
                offer(form, key, stored, store);
            }
        } else if (stored) {
            store.removeItem(key);
        }
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
        if (form.dataset.autosaveUrl) {
            autosave(form, key, saved, stored || (adopted && adopted.draft), store);
        }
    }

    /** Lets the server's autosave of another form go (a new item's text taken over by this form). */
    function discardOnServer(form, draftKey) {
        if (!form.dataset.autosaveUrl) {
            return;
        }
        var request = new XMLHttpRequest();
        request.open("POST", form.dataset.autosaveUrl);
        request.setRequestHeader("Content-Type", "application/json");
        request.send(JSON.stringify({key: draftKey, discard: true}));
    }

    /*
     * The server keeps what is typed too, every 30 s and when the page is left, so it is offered
     * back on any computer the same person opens the form on. The browser's own copy stays the
     * first safety net: the server may be unreachable exactly when it matters.
     */
    function autosave(form, key, saved, stored, store) {
        var url = form.dataset.autosaveUrl;
        var draftKey = form.dataset.draftKey;
        var status = form.querySelector("[data-autosave-status]");
        var version = versionField(form);
        var lastSent = saved;
        var show = function (text) {
            if (status) {
                status.textContent = text;
            }
        };
        var payload = function () {
            var current = read(store, PREFIX + draftKey);
            return JSON.stringify({
                key: draftKey,
                version: current && current.version !== undefined ? current.version : (version ? version.value : null),
                fields: snapshot(form)
            });
        };
        var discard = function (which) {
            lastSent = saved;
            var request = new XMLHttpRequest();
            request.open("POST", url);
            request.setRequestHeader("Content-Type", "application/json");
            request.send(JSON.stringify({key: which || draftKey, discard: true}));
        };
        var inFlight = null;
        var send = function () {
            var now = JSON.stringify(snapshot(form));
            if (now === lastSent) {
                return;
            }
            var request = new XMLHttpRequest();
            inFlight = request;
            request.open("POST", url);
            request.setRequestHeader("Content-Type", "application/json");
            request.responseType = "json";
            request.onload = function () {
                var answer = request.response || {};
                if (request.status === 200 && answer.savedAt) {
                    lastSent = now;
                    show(form.dataset.autosaveSavedAt.replace("{0}",
                        new Date(answer.savedAt).toLocaleTimeString(document.documentElement.lang)));
                } else {
                    show(answer.error || form.dataset.autosaveFailed);
                }
            };
            request.onerror = function () {
                show(form.dataset.autosaveFailed);
            };
            request.send(payload());
        };
        var submitted = false;
        window.setInterval(function () {
            if (!submitted) {
                send();
            }
        }, Number(form.dataset.autosaveSeconds || 30) * 1000);
        // Leaving the page (closing the tab) sends what was typed since the last round; leaving it
        // because the form was submitted does not: the save carries the text, and an autosave
        // arriving after it would be offered again as unsaved.
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "hidden" && !submitted && JSON.stringify(snapshot(form)) !== lastSent && navigator.sendBeacon) {
                try {
                    // Plain text: a beacon of any other type is refused by some browsers. Beacons are
                    // small (about 64 KB); a longer text stays in this browser's own copy.
                    navigator.sendBeacon(url, new Blob([payload()], {type: "text/plain"}));
                } catch (e) {
                    // not sent: this browser's copy keeps the text
                }
            }
        });
        form.addEventListener("submit", function () {
            submitted = true;
            // An autosave still on its way must not arrive after the save and bring the text back.
            if (inFlight && inFlight.readyState !== XMLHttpRequest.DONE) {
                inFlight.abort();
            }
        });
        var request = new XMLHttpRequest();
        request.open("GET", url + "?key=" + encodeURIComponent(draftKey));
        request.responseType = "json";
        request.onload = function () {
            var draft = request.status === 200 ? request.response : null;
            if (!draft || !draft.fields) {
                return;
            }
            var kept = JSON.stringify(draft.fields);
            var local = stored || read(store, PREFIX + draftKey);
            if (kept === saved || kept === JSON.stringify(snapshot(form))) {
                return;
            }
            if (local && local.fields && local.savedAt >= draft.savedAt) {
                return; // this browser's own copy is newer, and already offered
            }
            var other = draft.key && draft.key !== draftKey ? draft.key : null;
            if (other) {
                // Another new item's autosave: restored, it is kept under this form's key from now on.
                offer(form, PREFIX + other, draft, store, form.dataset.autosaveFound, function () {
                    discard(other);
                }, function () {
                    store.removeItem(PREFIX + other);
                    discard(other);
                    send();
                });
                return;
            }
            lastSent = kept;
            offer(form, PREFIX + draftKey, draft, store, form.dataset.autosaveFound, function () {
                discard();
            });
        };
        request.send();
    }

    function imageInserting() {
        document.querySelectorAll("[data-insert-image]").forEach(function (button) {
            button.addEventListener("click", function () {
                var choice = document.getElementById(button.dataset.insertImage);
                var editor = window.tinymce && window.tinymce.get(button.dataset.editor);
                var option = choice.options[choice.selectedIndex];
                if (!editor || !choice.value) {
                    choice.focus();
                    return;
                }
                var image = editor.dom.create("img", {src: choice.value, alt: option.dataset.alt || ""});
                editor.insertContent(editor.dom.getOuterHTML(image));
                editor.focus();
            });
        });
    }

    /** Calls back once every rich-text editor of the page is ready (they load their parts after the page). */
    function whenEditorsReady(callback) {
        var fields = Array.prototype.slice.call(document.querySelectorAll("textarea[data-rich-text]"));
        var waiting = function () {
            return fields.filter(function (field) {
                var editor = window.tinymce && window.tinymce.get(field.id);
                return !(editor && editor.initialized);
            }).length;
        };
        if (!fields.length || !window.tinymce || waiting() === 0) {
            callback();
            return;
        }
        var done = false;
        var check = function () {
            if (!done && waiting() === 0) {
                done = true;
                document.removeEventListener("govportal:editor-ready", check);
                callback();
            }
        };
        document.addEventListener("govportal:editor-ready", check);
        check();
    }

    function start() {
        imageInserting();
        whenEditorsReady(function () {
            document.querySelectorAll("form[data-draft-key]").forEach(keepDrafts);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
