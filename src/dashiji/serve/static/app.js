// dashiji web UI: the only script. Toggles annotation layers and brings a highlighted
// sentence into view. No inline handlers: listeners are attached here.
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    var text = document.getElementById("article-text");
    var layers = document.querySelectorAll("#layers input[data-layer]");
    layers.forEach(function (box) {
      box.addEventListener("change", function () {
        var layer = box.getAttribute("data-layer");
        [text, document.getElementById("captions")].forEach(function (el) {
          if (el) { el.classList.toggle("hide-" + layer, !box.checked); }
        });
      });
    });
    var focus = document.querySelector("mark.hl-focus");
    if (focus) { focus.scrollIntoView({ block: "center" }); }
  });
})();
