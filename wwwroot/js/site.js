// Every htmx request carries the antiforgery token from the page's meta tag, so hx-post buttons
// outside a <form> pass the server's antiforgery check too.
document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="request-verification-token"]');
    if (meta) {
        event.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
    }
});

// Forms marked data-confirm ask before submitting (removing a member, revoking an invitation); so does a
// submit button marked data-confirm (submitting progress), whatever its form says.
document.addEventListener("submit", function (event) {
    var source = event.submitter && event.submitter.hasAttribute("data-confirm") ? event.submitter : event.target;
    var message = source.getAttribute && source.getAttribute("data-confirm");
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

// Progress values: a row's total follows its four cells as they are typed ("–" while one is not a number of 0 or more).
document.addEventListener("input", function (event) {
    var row = event.target.closest && event.target.closest("[data-progress-row]");
    var totalCell = row && row.querySelector("[data-total]");
    if (!totalCell) return;
    var total = 0, valid = true;
    row.querySelectorAll("input").forEach(function (input) {
        var text = input.value.trim().replace(",", ".");
        var value = text === "" ? 0 : Number(text);
        if (!isFinite(value) || value < 0) valid = false; else total += value;
    });
    totalCell.textContent = valid ? String(Math.round(total * 100) / 100) : "\u2013";
});
