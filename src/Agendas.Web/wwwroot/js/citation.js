// The copy button of a session page's citation. The page works without this script: the citation and the
// permalink are plain text; the button stays hidden because it could not work.
(function () {
    "use strict";
    var button = document.getElementById("kopieer-citaat");
    var citation = document.getElementById("citaat");
    var status = document.getElementById("kopieer-status");
    if (!button || !citation || !navigator.clipboard) {
        return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
        var text = citation.textContent.replace(/\s+/g, " ").trim();
        navigator.clipboard.writeText(text).then(function () {
            button.textContent = "Gekopieerd";
            if (status) { status.textContent = "Het citaat staat op het klembord."; }
        }, function () {
            button.textContent = label;
            if (status) { status.textContent = "Kopiëren lukte niet; selecteer het citaat en kopieer het zelf."; }
        });
    });
})();
