// Every htmx request carries the antiforgery token from the page's meta tag, so hx-post buttons
// outside a <form> pass the server's antiforgery check too.
document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="request-verification-token"]');
    if (meta) {
        event.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
    }
});

// Forms marked data-confirm ask before submitting (removing a member, revoking an invitation).
document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
}, true);

// Buttons marked data-print print the page (no inline script: the CSP forbids it).
document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) {
        window.print();
    }
});

// Controls marked data-js-only (search-as-you-type pickers) are useless without JavaScript, so they start
// hidden and are shown here, also when htmx swaps new ones in.
document.addEventListener("htmx:load", function (event) {
    var root = event.detail.elt;
    if (root.hasAttribute && root.hasAttribute("data-js-only")) root.hidden = false;
    var items = root.querySelectorAll ? root.querySelectorAll("[data-js-only]") : [];
    for (var i = 0; i < items.length; i++) items[i].hidden = false;
});
