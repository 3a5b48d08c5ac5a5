// Where an anchor in the address is not on the page. An item renamed in a re-import: follow the map the page carries
// (a paragraph anchor "{item}-p{n}" follows its item). A part the corrected letter no longer has: say so, beside the
// item when only the paragraph is gone, else at the top, instead of leaving the reader at the top without a word.
(function () {
    "use strict";
    var data = document.getElementById("verplaatste-ankers");
    var moved = {};
    if (data) {
        try {
            moved = JSON.parse(data.textContent);
        } catch (e) {
            moved = {};
        }
    }
    var followed = 0;

    function movedTo(key) {
        return Object.prototype.hasOwnProperty.call(moved, key) && typeof moved[key] === "string" ? moved[key] : null;
    }

    function currentAnchor() {
        try {
            return decodeURIComponent(location.hash.slice(1));
        } catch (e) {
            return location.hash.slice(1);
        }
    }

    function showNote(anchor, item) {
        var note = document.getElementById("ontbrekend-anker");
        if (!note) {
            return;
        }
        note.querySelector(".anker").textContent = "#" + anchor;
        if (item) {
            var heading = item.querySelector("h2, h3");
            (heading || item).insertAdjacentElement(heading ? "afterend" : "afterbegin", note);
        }
        note.hidden = false;
        note.focus();
    }

    function check() {
        var anchor = currentAnchor();
        if (!anchor || document.getElementById(anchor)) {
            return;
        }
        var paragraph = /^(.*)-p(\d+)$/.exec(anchor);
        var target = movedTo(anchor);
        if (!target && paragraph && movedTo(paragraph[1])) {
            var item = movedTo(paragraph[1]);
            target = item.indexOf("#") >= 0 ? item + "-p" + paragraph[2] : item;
        }
        // A target that is this page without an anchor means the part is gone: following it would only lose the note.
        var elsewhere = target && (target.indexOf("#") >= 0 || target.split("?")[0] !== location.pathname);
        if (elsewhere && followed < 3) {
            followed++;
            location.replace(target);
            return;
        }
        showNote(anchor, paragraph ? document.getElementById(paragraph[1]) : null);
    }

    // A followed anchor on this same page changes only the hash: look again, the new one may be gone too.
    window.addEventListener("hashchange", check);
    check();
})();
