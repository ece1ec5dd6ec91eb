/*
 * The console's rich-text editor: TinyMCE 6, served from the WAR, on every textarea marked
 * data-rich-text. It offers only what the server's sanitiser (HtmlSanitizer) keeps, so what staff
 * see while writing is what is saved: headings, emphasis, lists (nested), quotes, links, images
 * from the media library and tables (header row, merged cells, caption).
 * - Text pasted from Word, LibreOffice or Google Docs keeps its structure (see paste-cleaner.js).
 * - Images dropped or pasted into the text are uploaded to the media library, with a progress bar,
 *   and staff are asked for their alternative text.
 * - Ctrl+S saves; the status bar counts words.
 * Texts come from the textarea's data-* attributes, in the console's language.
 */
(function () {
    "use strict";

    // Exactly what HtmlSanitizer keeps; b and i are written as strong and em, as the sanitiser stores them.
    var VALID = "p,br,hr,h2,h3,h4,h5,h6,blockquote,ul,ol,li,strong/b,em/i,u,s,sub,sup,"
        + "table,caption,thead,tbody,tfoot,tr,th[colspan|rowspan|scope],td[colspan|rowspan],"
        + "a[href|title|rel],img[src|alt|width|height],figure,figcaption";

    function uploader(textarea) {
        var data = textarea.dataset;
        var maxBytes = Number(data.uploadMax || 0);
        return function (blobInfo, progress) {
            return new Promise(function (resolve, reject) {
                var blob = blobInfo.blob();
                if (maxBytes && blob.size > maxBytes) {
                    // Refused before sending: a 50 MB photo would otherwise upload for minutes to be refused.
                    reject({message: data.uploadTooLarge, remove: true});
                    return;
                }
                var form = new FormData();
                // A dropped file keeps its own name in the media library; a pasted screenshot has none.
                form.append("file", blob, blob.name || blobInfo.filename());
                var request = new XMLHttpRequest();
                request.open("POST", data.uploadUrl);
                request.responseType = "json";
                request.upload.onprogress = function (event) {
                    if (event.lengthComputable) {
                        progress(event.loaded / event.total * 100);
                    }
                };
                request.onload = function () {
                    var answer = request.response || {};
                    if (request.status === 200 && answer.location) {
                        resolve(answer.location);
                        askForAltText(textarea, answer.location);
                    } else {
                        reject({message: answer.error || data.uploadFailed, remove: true});
                    }
                };
                request.onerror = function () {
                    reject({message: data.uploadFailed, remove: true});
                };
                request.send(form);
            });
        };
    }

    /** Once an uploaded image is in the text, the image dialog opens on it so staff give its alternative text. */
    function askForAltText(textarea, location) {
        var tries = 0;
        var look = function () {
            var editor = window.tinymce.get(textarea.id);
            if (!editor) {
                return;
            }
            // The editor puts the address in place once the upload's promise has settled (with a
            // cache-breaking suffix it drops again when saving): looked for until then.
            var image = editor.dom.select("img").filter(function (candidate) {
                return (candidate.getAttribute("src") || "").indexOf(location) === 0 && !candidate.hasAttribute("alt");
            })[0];
            if (image) {
                editor.selection.select(image);
                editor.execCommand("mceImage");
            } else if (++tries < 40) {
                window.setTimeout(look, 50);
            }
        };
        window.setTimeout(look, 0);
    }

    function isSaveKey(event) {
        return (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "s" || event.key === "S");
    }

    /** Ctrl+S (Cmd+S) in the text presses the form's save button, as it saves in every office suite. */
    function saveShortcut(editor, textarea) {
        var button = textarea.dataset.saveButton ? document.getElementById(textarea.dataset.saveButton) : null;
        if (!button) {
            return;
        }
        editor.on("keydown", function (event) {
            if (isSaveKey(event)) {
                event.preventDefault();
                editor.save();
                button.click();
            }
        });
    }

    /** The same anywhere else in a form that has a rich text. */
    function saveShortcutOutsideEditors() {
        document.addEventListener("keydown", function (event) {
            var field = event.target && event.target.closest ? event.target.closest("form") : null;
            var textarea = field ? field.querySelector("textarea[data-rich-text][data-save-button]") : null;
            var button = textarea ? document.getElementById(textarea.dataset.saveButton) : null;
            if (button && isSaveKey(event)) {
                event.preventDefault();
                button.click();
            }
        });
    }

    /**
     * A save pressed while an image is still uploading waits for it: the text holds the image only
     * under a temporary browser address until then, which the server would drop from the text.
     */
    function savesWaitForUploads(form) {
        if (form.dataset.uploadGuard) {
            return;
        }
        form.dataset.uploadGuard = "true";
        form.addEventListener("submit", function (event) {
            var pending = Array.prototype.map.call(form.querySelectorAll("textarea[data-rich-text]"), function (field) {
                return window.tinymce.get(field.id);
            }).filter(function (editor) {
                return editor && editor.initialized && editor.dom.select("img[src^='blob:'], img[src^='data:']").length > 0;
            });
            if (!pending.length) {
                return;
            }
            event.preventDefault();
            event.stopImmediatePropagation();
            var submitter = event.submitter;
            pending.forEach(function (editor) {
                editor.notificationManager.open({text: editor.getElement().dataset.uploadWaiting || "", type: "info", timeout: 4000});
            });
            Promise.all(pending.map(function (editor) {
                return editor.uploadImages();
            })).then(function () {
                pending.forEach(function (editor) {
                    editor.save();
                });
                form.requestSubmit(submitter);
            });
        }, true);
    }

    function init(textarea) {
        var data = textarea.dataset;
        // The editor opens on the text the server sent, even when the browser put back an older one
        // (Back): what the browser kept is offered by editing.js instead.
        textarea.value = textarea.defaultValue;
        var language = document.documentElement.lang === "vi" ? "vi" : "en";
        var config = {
            target: textarea,
            base_url: data.richText,
            suffix: ".min",
            language: language === "vi" ? "vi" : undefined,
            language_url: language === "vi" ? data.languageUrl : undefined,
            promotion: false,
            branding: false,
            menubar: false,
            height: Number(data.height || 420),
            min_height: 240,
            resize: false, // its handle carries ARIA that axe rejects; the height suits a long text
            plugins: "lists advlist link image table wordcount autolink",
            toolbar: data.images === "true"
                ? "blocks | bold italic underline | bullist numlist outdent indent | blockquote link image table | removeformat"
                : "blocks | bold italic underline | bullist numlist outdent indent | blockquote link table | removeformat",
            toolbar_mode: "wrap",
            block_formats: data.blockFormats,
            valid_elements: VALID,
            // Written as the sanitiser keeps them, so a save changes nothing staff did not change.
            formats: {
                underline: {inline: "u", exact: true},
                strikethrough: {inline: "s", exact: true}
            },
            entity_encoding: "raw",
            convert_urls: false,
            element_format: "html",
            forced_root_block: "p",
            readonly: textarea.readOnly || textarea.disabled,
            browser_spellcheck: true,
            contextmenu: "link table",
            elementpath: false,
            advlist_bullet_styles: "default",
            advlist_number_styles: "default",
            link_default_target: "",
            link_target_list: false,
            link_title: false,
            link_assume_external_targets: "https",
            // Tables as data, not layout: no widths, colours or borders of their own; the site's style draws them.
            table_default_attributes: {},
            table_default_styles: {},
            table_header_type: "sectionCells",
            table_sizing_mode: "responsive",
            table_use_colgroups: false,
            table_resize_bars: false,
            table_appearance_options: false,
            table_advtab: false,
            table_cell_advtab: false,
            table_row_advtab: false,
            table_style_by_css: false,
            object_resizing: false,
            // No dashed "visual aid" lines: its class leaked into the saved text, which then looked changed when it was
            // not. The content style draws every table's borders instead, as the public site does.
            visual: false,
            image_description: true,
            image_dimensions: false,
            image_title: false,
            image_caption: true,
            image_advtab: false,
            image_uploadtab: data.images === "true",
            images_upload_handler: uploader(textarea),
            images_file_types: "jpeg,jpg,png,gif,webp",
            automatic_uploads: true,
            paste_data_images: data.images === "true",
            paste_block_drop: data.images !== "true",
            paste_preprocess: function (editor, args) {
                args.content = window.govportalPasteCleaner.clean(args.content);
            },
            // Google Docs says bold and italic only with these styles: kept until the paste cleaner turns them into elements.
            paste_webkit_styles: "font-weight font-style text-decoration",
            paste_remove_styles_if_webkit: true,
            content_css: data.contentCss,
            setup: function (editor) {
                // The textarea is what the form posts: it follows every change, not only the submit.
                editor.on("change input undo redo SetContent", function () {
                    editor.save();
                    textarea.dispatchEvent(new Event("input", {bubbles: true}));
                });
                editor.on("init", function () {
                    // The textarea holds the text as the editor writes it from the start, so "unchanged" means unchanged.
                    editor.save();
                    var frame = editor.getContentAreaContainer().querySelector("iframe");
                    if (frame && data.label) {
                        frame.setAttribute("title", data.label);
                    }
                    editor.getBody().setAttribute("aria-label", data.label || "");
                    document.dispatchEvent(new CustomEvent("govportal:editor-ready", {detail: editor}));
                });
                editor.on("NotificationOpen", function (event) {
                    // Upload failures and the like are read out too.
                    var element = event.notification && event.notification.getEl && event.notification.getEl();
                    if (element) {
                        element.setAttribute("role", "alert");
                    }
                });
                // Office HTML is cleaned before the editor's own paste handling reads it into a page: a
                // hostile paste's handlers never meet a live document, not even to be refused by the CSP.
                editor.on("init", function () {
                    editor.getDoc().addEventListener("paste", function (event) {
                        var clipboard = event.clipboardData;
                        var html = clipboard && Array.prototype.indexOf.call(clipboard.types || [], "text/html") >= 0
                            ? clipboard.getData("text/html") : "";
                        if (html && !editor.mode.isReadOnly()) {
                            event.preventDefault();
                            event.stopImmediatePropagation();
                            var cleaned = window.govportalPasteCleaner.clean(html);
                            var limit = Number(data.maxChars || 0);
                            if (limit && cleaned.length + editor.getContent().length > limit) {
                                // More than a text can hold: refused before the editor spends seconds laying it out.
                                editor.notificationManager.open({text: data.pasteTooLong || "", type: "error"});
                                return;
                            }
                            editor.execCommand("mceInsertClipboardContent", false, {html: cleaned});
                        }
                    }, true);
                });
                saveShortcut(editor, textarea);
            }
        };
        window.tinymce.init(config);
        if (textarea.form && data.images === "true") {
            savesWaitForUploads(textarea.form);
        }
    }

    function start() {
        if (!window.tinymce) {
            return;
        }
        document.querySelectorAll("textarea[data-rich-text]").forEach(init);
        saveShortcutOutsideEditors();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
