/*
 * The visit counter: once the page is shown, tells the portal of the view and writes in the
 * figures it answers. The page itself carries no figures, so it is the same for every visitor
 * and a cache in front of the portal can serve it without the count going wrong. Without script
 * the panel stays hidden (its place kept, so nothing moves when it shows).
 */
(function () {
    "use strict";

    var list = document.querySelector("[data-visits]");
    // The not-found page has the panel without an address: no visit to count, nothing shown.
    var address = list ? list.getAttribute("data-visits") : "";
    if (!address || !window.fetch) {
        return;
    }
    var format = window.Intl ? new Intl.NumberFormat(document.documentElement.lang || "vi") : null;

    function show(counts) {
        ["online", "today", "total"].forEach(function (name) {
            var value = counts[name];
            var cell = list.querySelector("[data-visits-figure='" + name + "']");
            if (cell && typeof value === "number") {
                cell.textContent = format ? format.format(value) : String(value);
            }
        });
        list.closest(".visits-panel").classList.add("is-counted");
    }

    window.fetch(address, {
        method: "POST",
        credentials: "omit",
        cache: "no-store",
        headers: {"Accept": "application/json"}
    }).then(function (response) {
        return response.ok ? response.json() : null;
    }).then(function (counts) {
        if (counts) {
            show(counts);
        }
    }).catch(function () {
        // the portal could not be reached: the panel stays hidden
    });
}());
