/*
 * Reading aids of the public site: text size (A-, A, A+) and high contrast, kept in this browser
 * (localStorage) so they last across pages and visits; the server keeps nothing and sets no
 * cookie. A print button on articles and notices. Without script, none of the buttons is shown;
 * their place is kept (invisible) from the start, so showing them moves nothing on the page.
 */
(function () {
    "use strict";

    var KEY = "govportal-reading";
    var SIZES = ["-1", "0", "1", "2"];
    var root = document.documentElement;

    function load() {
        try {
            return JSON.parse(window.localStorage.getItem(KEY)) || {};
        } catch (e) {
            return {};
        }
    }

    function store(settings) {
        try {
            window.localStorage.setItem(KEY, JSON.stringify(settings));
        } catch (e) {
            // storage switched off: the choice lasts for this page only
        }
    }

    function apply(settings) {
        var size = SIZES.indexOf(String(settings.size)) >= 0 ? String(settings.size) : "0";
        if (size === "0") {
            root.removeAttribute("data-text-size");
        } else {
            root.setAttribute("data-text-size", size);
        }
        root.classList.toggle("high-contrast", settings.contrast === true);
        document.querySelectorAll("[data-text-size-step]").forEach(function (button) {
            var step = button.getAttribute("data-text-size-step");
            // Marked, not disabled: a disabled button would drop the keyboard focus it has.
            var atEnd = (step === "-1" && size === SIZES[0]) || (step === "1" && size === SIZES[SIZES.length - 1]);
            button.setAttribute("aria-disabled", atEnd ? "true" : "false");
            if (step === "0") {
                button.setAttribute("aria-pressed", size === "0" ? "true" : "false");
            }
        });
        document.querySelectorAll("[data-contrast]").forEach(function (button) {
            button.setAttribute("aria-pressed", settings.contrast === true ? "true" : "false");
        });
    }

    function start() {
        var settings = load();
        apply(settings);
        document.querySelectorAll("[data-text-size-step]").forEach(function (button) {
            button.addEventListener("click", function () {
                if (button.getAttribute("aria-disabled") === "true") {
                    return;
                }
                var step = button.getAttribute("data-text-size-step");
                var current = SIZES.indexOf(String(settings.size || "0"));
                var next = step === "0" ? 1 : Math.max(0, Math.min(SIZES.length - 1, current + Number(step)));
                settings.size = SIZES[next];
                store(settings);
                apply(settings);
            });
        });
        document.querySelectorAll("[data-contrast]").forEach(function (button) {
            button.addEventListener("click", function () {
                settings.contrast = settings.contrast !== true;
                store(settings);
                apply(settings);
            });
        });
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.addEventListener("click", function () {
                window.print();
            });
        });
        document.querySelectorAll(".needs-script").forEach(function (element) {
            element.classList.add("is-ready");
        });
    }

    // The stored choice first, before the page is laid out for the reader (the script is loaded deferred).
    apply(load());
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
