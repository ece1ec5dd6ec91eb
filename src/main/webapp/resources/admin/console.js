/*
 * The console's frame, in the browser: two disclosure buttons (a button with aria-expanded that shows or hides
 * the list it controls, aria-controls):
 * - the "new" menu in the header, which closes again on Escape, on a click elsewhere or when focus leaves it;
 * - the sidebar's button on narrow screens, where the sidebar stays folded away until asked for.
 * Loaded in <head>: the "js" class goes on the page before it is first drawn, so what the style sheet folds away
 * for scripted pages never shows for an instant. Without scripts, both lists simply stay open.
 */
(function () {
    "use strict";

    document.documentElement.classList.add("js");

    function disclosure(button, onClose) {
        var panel = button && document.getElementById(button.getAttribute("aria-controls"));
        if (!panel) {
            return null;
        }
        function set(open) {
            button.setAttribute("aria-expanded", String(open));
            panel.classList.toggle("is-open", open);
        }
        button.addEventListener("click", function () {
            set(button.getAttribute("aria-expanded") !== "true");
        });
        return {
            button: button,
            panel: panel,
            isOpen: function () {
                return button.getAttribute("aria-expanded") === "true";
            },
            close: function (returnFocus) {
                set(false);
                if (returnFocus) {
                    button.focus();
                }
                if (onClose) {
                    onClose();
                }
            }
        };
    }

    function contains(menu, node) {
        return node && (menu.button.contains(node) || menu.panel.contains(node));
    }

    /**
     * A form's language tabs (role="tab" buttons over role="tabpanel" sections): one language's
     * fields at a time, the arrow keys moving between tabs. The tab holding a field the server
     * refused opens first. Without scripts both languages' fields simply show, one after the other.
     */
    function languageTabs(list) {
        var tabs = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
        function select(chosen, focus) {
            tabs.forEach(function (tab) {
                var on = tab === chosen;
                tab.setAttribute("aria-selected", String(on));
                tab.tabIndex = on ? 0 : -1;
                document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
            });
            if (focus) {
                chosen.focus();
            }
        }
        tabs.forEach(function (tab, index) {
            tab.addEventListener("click", function () {
                select(tab, false);
            });
            tab.addEventListener("keydown", function (event) {
                var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
                if (step) {
                    event.preventDefault();
                    select(tabs[(index + step + tabs.length) % tabs.length], true);
                }
            });
        });
        var refused = tabs.filter(function (tab) {
            return document.getElementById(tab.getAttribute("aria-controls"))
                .querySelector("[aria-invalid=true], .ui-state-error, .ui-message-error");
        });
        select(refused[0] || tabs[0], false);
    }

    function setUp() {
        document.querySelectorAll("[data-language-tabs]").forEach(languageTabs);
        var newMenu = disclosure(document.getElementById("new-menu-button"));
        if (newMenu) {
            document.addEventListener("click", function (event) {
                if (newMenu.isOpen() && !contains(newMenu, event.target)) {
                    newMenu.close(false);
                }
            });
            newMenu.button.parentNode.addEventListener("focusout", function (event) {
                if (newMenu.isOpen() && event.relatedTarget && !contains(newMenu, event.relatedTarget)) {
                    newMenu.close(false);
                }
            });
        }
        var sidebar = disclosure(document.getElementById("sidebar-toggle"));
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") {
                return;
            }
            [newMenu, sidebar].forEach(function (menu) {
                if (menu && menu.isOpen() && (contains(menu, document.activeElement) || menu === newMenu)) {
                    menu.close(contains(menu, document.activeElement));
                }
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
