/*
 * Fills gaps in the ARIA that PrimeFaces 15.0.10 writes itself, which no component attribute reaches:
 * - paginator: locale-vi.js has pageLabel "Trang {trang}", a translated placeholder the paginator never fills,
 *   so every page button was named "Trang {trang}"; the label now comes from the page's bundle (data-page-label);
 * - select menus: the drop-down list (role=listbox) has no name; it takes the field's own label;
 * - p:messages: role=alert sits on <li>, where ARIA forbids it (and breaks the list); it moves to the message box;
 * - date pickers: below 576 px the picker redraws its calendar button without the name it had ("Chọn ngày");
 * - a table's "select all" box: its name flips between locale texts that describe a state ("Tất cả các mục đã chọn"),
 *   which aria-checked already tells; it keeps one name, what it does (data-select-all-label).
 * Loaded at the end of <head>, after PrimeFaces' locale file and before any widget is built.
 * Drop each part once a PrimeFaces release fixes it (messages: primefaces#14864, merged upstream after 15.0.13).
 */
(function () {
    "use strict";

    var script = document.currentScript;
    var pageLabel = script && script.getAttribute("data-page-label");
    var selectAllLabel = script && script.getAttribute("data-select-all-label");
    if (window.PrimeFaces && PrimeFaces.locales) {
        var tag = (PrimeFaces.settings && PrimeFaces.settings.locale) || "";
        var locale = PrimeFaces.locales[tag] || PrimeFaces.locales[tag.split("_")[0]];
        if (locale) {
            locale.aria = locale.aria || {};
            if (pageLabel) {
                locale.aria.pageLabel = pageLabel;
            }
            if (selectAllLabel) {
                locale.aria.selectAll = selectAllLabel;
                locale.aria.unselectAll = selectAllLabel;
            }
        }
    }

    function nameListbox(list) {
        if (list.hasAttribute("aria-label") || list.hasAttribute("aria-labelledby")) {
            return;
        }
        // "form:menu_items" is the list of the menu "form:menu", whose visible box names the field's label.
        var menu = document.getElementById(list.id.replace(/_items$/, ""));
        var box = menu && menu.querySelector(".ui-selectonemenu-label[aria-labelledby]");
        if (box) {
            list.setAttribute("aria-labelledby", box.getAttribute("aria-labelledby"));
        }
    }

    function moveAlert(item) {
        var box = item.closest("ul") && item.closest("ul").parentElement;
        item.removeAttribute("role");
        item.removeAttribute("aria-atomic");
        if (box && !box.hasAttribute("role")) {
            box.setAttribute("role", "alert");
        }
    }

    function nameCalendarButton(button) {
        button.setAttribute("aria-label", PrimeFaces.getLocaleLabel("chooseDate"));
    }

    function repair(root) {
        if (!root.querySelectorAll) {
            return;
        }
        [
            [".ui-selectonemenu-items[role=listbox][id]", nameListbox],
            [".ui-messages li[role=alert]", moveAlert],
            ["button.ui-datepicker-trigger:not([aria-label])", nameCalendarButton]
        ].forEach(function (fix) {
            Array.prototype.forEach.call(root.querySelectorAll(fix[0]), fix[1]);
        });
    }

    // PrimeFaces builds menu lists when they first open, redraws date pickers and replaces messages on ajax updates.
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            Array.prototype.forEach.call(change.addedNodes, function (node) {
                if (node.nodeType === 1) {
                    repair(node.parentNode || node);
                }
            });
        });
    }).observe(document.documentElement, {childList: true, subtree: true});
})();
