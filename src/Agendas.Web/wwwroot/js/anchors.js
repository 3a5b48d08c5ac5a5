// Follows an item link whose anchor was renamed in a re-import: when the address names an anchor that is not on
// the page, look it up (or the item of a paragraph anchor "{item}-p{n}") in the map the page carries.
(function () {
    "use strict";
    var data = document.getElementById("verplaatste-ankers");
    var anchor = decodeURIComponent(location.hash.slice(1));
    if (!data || !anchor || document.getElementById(anchor)) {
        return;
    }
    var moved;
    try {
        moved = JSON.parse(data.textContent);
    } catch (e) {
        return;
    }
    var target = Object.prototype.hasOwnProperty.call(moved, anchor) ? moved[anchor] : null;
    var paragraph = /^(.*)-p(\d+)$/.exec(anchor);
    if (!target && paragraph && Object.prototype.hasOwnProperty.call(moved, paragraph[1])) {
        var item = moved[paragraph[1]];
        target = item.indexOf("#") >= 0 ? item + "-p" + paragraph[2] : item;
    }
    if (typeof target === "string") {
        location.replace(target);
    }
})();
