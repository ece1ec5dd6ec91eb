/*
 * Cleans what Word, LibreOffice and Google Docs put on the clipboard before it enters the editor:
 * their structure stays (headings, paragraphs, bold, italic, links, lists — nested — and tables,
 * with a bold first row as the header row), their looks go (styles, classes, fonts, colours,
 * comments, o:p, spans). The editor's schema and then the server's sanitiser clean again; this
 * step exists because neither can tell a Word "list paragraph" from a paragraph, or Google's
 * bold span from plain text.
 * The clipboard's HTML is parsed with DOMParser: an inert document, where no script runs and no
 * image loads.
 */
(function () {
    "use strict";

    var DROP = "script,style,meta,link,title,xml,iframe,frame,object,embed,svg,math,form,input,button,select,textarea,noscript,template";
    var MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
    var ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$/;

    function styleOf(element) {
        return (element.getAttribute("style") || "").toLowerCase();
    }

    function unwrap(element) {
        var parent = element.parentNode;
        while (element.firstChild) {
            parent.insertBefore(element.firstChild, element);
        }
        parent.removeChild(element);
    }

    function rename(element, name) {
        var renamed = element.ownerDocument.createElement(name);
        Array.prototype.forEach.call(element.attributes, function (attribute) {
            renamed.setAttribute(attribute.name, attribute.value);
        });
        while (element.firstChild) {
            renamed.appendChild(element.firstChild);
        }
        element.parentNode.replaceChild(renamed, element);
        return renamed;
    }

    function all(root, selector) {
        return Array.prototype.slice.call(root.querySelectorAll(selector));
    }

    function removeComments(root) {
        var walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
        var comments = [];
        while (walker.nextNode()) {
            comments.push(walker.currentNode);
        }
        comments.forEach(function (comment) {
            comment.parentNode.removeChild(comment);
        });
    }

    /** Empty, or only spaces and line breaks: the blank lines office suites leave between blocks. */
    function isBlank(element) {
        return element.textContent.replace(/[\s\u00a0]/g, "") === "" && !element.querySelector("img,table,hr");
    }

    /** Word writes a list as paragraphs marked mso-list:lN levelM, each with its bullet or number as text. */
    function wordLists(root) {
        var paragraphs = all(root, "p, h2, h3, h4, h5, h6").filter(function (p) {
            return MSO_LIST.test(styleOf(p));
        });
        var stack = [];
        var last = null;
        paragraphs.forEach(function (paragraph) {
            var match = MSO_LIST.exec(styleOf(paragraph));
            var level = Number(match[2]);
            var markerSpan = all(paragraph, "span").filter(function (span) {
                return /mso-list:\s*ignore/i.test(styleOf(span));
            })[0];
            var marker = markerSpan ? markerSpan.textContent.replace(/[\s\u00a0]/g, "") : "";
            if (markerSpan) {
                markerSpan.parentNode.removeChild(markerSpan);
            }
            var kind = ORDERED_MARKER.test(marker) ? "ol" : "ul";
            // A run of list paragraphs continues only while nothing else stands between them.
            var previous = paragraph.previousElementSibling;
            if (!last || previous !== last.paragraph) {
                stack = [];
            }
            var item = root.ownerDocument.createElement("li");
            while (paragraph.firstChild) {
                item.appendChild(paragraph.firstChild);
            }
            while (stack.length > level || (stack.length === level && stack[level - 1].kind !== kind)) {
                stack.pop();
            }
            while (stack.length < level) {
                var list = root.ownerDocument.createElement(kind);
                if (stack.length === 0) {
                    paragraph.parentNode.insertBefore(list, paragraph);
                } else {
                    var parentList = stack[stack.length - 1].list;
                    var owner = parentList.lastElementChild;
                    if (!owner) {
                        owner = root.ownerDocument.createElement("li");
                        parentList.appendChild(owner);
                    }
                    owner.appendChild(list);
                }
                stack.push({list: list, kind: kind});
            }
            stack[level - 1].list.appendChild(item);
            // The empty paragraph stays in place until the run ends, as the marker the next one looks for.
            last = {paragraph: paragraph};
            paragraph.setAttribute("data-list-done", "true");
            paragraph.textContent = "";
        });
        all(root, "[data-list-done]").forEach(function (p) {
            p.parentNode.removeChild(p);
        });
    }

    /** Google Docs and LibreOffice say bold and italic with styles on spans and fonts. */
    function emphasisFromStyles(root) {
        // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: not bold at all.
        // (Word's own "mso-bidi-font-weight:normal" on a real <b> does not count.)
        all(root, "b, strong").forEach(function (element) {
            if (/(^|[;\s])font-weight:\s*(normal|[1-4]00)/.test(styleOf(element))) {
                unwrap(element);
            }
        });
        all(root, "span, font").forEach(function (element) {
            var style = styleOf(element);
            var weight = /(^|[;\s])font-weight:\s*(bold|[6-9]00)/.test(style);
            var italic = /(^|[;\s])font-style:\s*italic/.test(style);
            // Office suites underline every link through its style: that is the link's look, not an underline.
            var underline = /(^|[;\s])text-decoration:[^;]*underline/.test(style) && !element.closest("a");
            var inner = element;
            [[weight, "strong", "strong,b"], [italic, "em", "em,i"], [underline, "u", "u"]].forEach(function (wanted) {
                if (wanted[0] && !inner.closest(wanted[2])) {
                    var wrapper = root.ownerDocument.createElement(wanted[1]);
                    while (inner.firstChild) {
                        wrapper.appendChild(inner.firstChild);
                    }
                    inner.appendChild(wrapper);
                    inner = wrapper;
                }
            });
        });
    }

    function headingsBelowTitle(root) {
        // The page's own title is its only h1; a pasted document's levels move down one, keeping their order.
        if (!root.querySelector("h1")) {
            return;
        }
        ["h5", "h4", "h3", "h2", "h1"].forEach(function (name) {
            all(root, name).forEach(function (heading) {
                rename(heading, "h" + (Number(name.charAt(1)) + 1));
            });
        });
    }

    function tables(root) {
        all(root, "table").forEach(function (table) {
            all(table, "col, colgroup").forEach(function (col) {
                col.parentNode.removeChild(col);
            });
            // A cell holding one paragraph holds its text.
            all(table, "td, th").forEach(function (cell) {
                var blocks = all(cell, ":scope > p, :scope > div");
                if (blocks.length === 1) {
                    unwrap(blocks[0]);
                }
            });
            if (table.querySelector("th")) {
                all(table, "thead th:not([scope])").forEach(function (cell) {
                    cell.setAttribute("scope", "col");
                });
                return;
            }
            var first = table.querySelector("tr");
            if (!first || table.querySelectorAll("tr").length < 2) {
                return;
            }
            var cells = all(first, ":scope > td");
            var bold = cells.length > 0 && cells.every(function (cell) {
                var text = cell.textContent.replace(/[\s\u00a0]/g, "");
                if (!text) {
                    return true;
                }
                var strong = all(cell, "strong, b").map(function (b) {
                    return b.textContent;
                }).join("").replace(/[\s\u00a0]/g, "");
                return strong === text;
            });
            if (!bold) {
                return;
            }
            // A bold first row is the header row: th cells in a thead, the way the site's tables are read out.
            cells.forEach(function (cell) {
                all(cell, "strong, b").forEach(unwrap);
                rename(cell, "th").setAttribute("scope", "col");
            });
            var head = root.ownerDocument.createElement("thead");
            var section = first.parentNode;
            table.insertBefore(head, section.nodeName === "TABLE" ? first : section);
            head.appendChild(first);
        });
    }

    function strip(root) {
        all(root, "o\\:p, [style*='mso-list:ignore' i]").forEach(function (element) {
            element.parentNode.removeChild(element);
        });
        all(root, "*").forEach(function (element) {
            var name = element.nodeName.toLowerCase();
            if (name.indexOf(":") >= 0) {
                unwrap(element); // o:p, v:shape, w:sdt and the rest of Office's own elements
                return;
            }
            Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
                var keep = (name === "a" && attribute.name === "href" && !/^\s*javascript:/i.test(attribute.value))
                    || (name === "img" && (attribute.name === "src" || attribute.name === "alt"))
                    || ((name === "td" || name === "th") && (attribute.name === "colspan" || attribute.name === "rowspan"))
                    || (name === "th" && attribute.name === "scope");
                if (!keep) {
                    element.removeAttribute(attribute.name);
                }
            });
        });
        // Spans, fonts and divs only carried looks; their text stays.
        all(root, "span, font, div").forEach(unwrap);
        // Office's own images are files on the author's computer, which no browser may read.
        all(root, "img").forEach(function (image) {
            if (!/^(https?:|data:image\/|blob:|\/)/i.test(image.getAttribute("src") || "")) {
                image.parentNode.removeChild(image);
            }
        });
        all(root, "li > p").forEach(function (p) {
            if (p.parentNode.querySelectorAll(":scope > p").length === 1) {
                unwrap(p);
            }
        });
        all(root, "p").forEach(function (p) {
            if (isBlank(p)) {
                p.parentNode.removeChild(p);
            }
        });
        // A line break between blocks (Google Docs ends with one) would become an empty paragraph.
        all(root, ":scope > br").forEach(function (br) {
            br.parentNode.removeChild(br);
        });
    }

    function clean(html) {
        if (!html || html.indexOf("<") < 0) {
            return html;
        }
        var fragment = html;
        var start = html.indexOf("<!--StartFragment-->");
        var end = html.indexOf("<!--EndFragment-->");
        if (start >= 0 && end > start) {
            fragment = html.substring(start + "<!--StartFragment-->".length, end);
        }
        var documentCopy = new DOMParser().parseFromString("<!DOCTYPE html><html><body>" + fragment + "</body></html>", "text/html");
        var root = documentCopy.body;
        all(root, DROP).forEach(function (element) {
            element.parentNode.removeChild(element);
        });
        removeComments(root);
        wordLists(root);
        emphasisFromStyles(root);
        headingsBelowTitle(root);
        strip(root);
        tables(root);
        return root.innerHTML;
    }

    window.govportalPasteCleaner = {clean: clean};
})();
