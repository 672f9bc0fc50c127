// Keyboard shortcuts for the review queue. Everything here also works with the plain
// forms on the page; this file only saves reviewers mouse trips.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".queue-item"));
  if (!items.length) { return; }
  var current = 0;
  var hash = window.location.hash.replace("#", "");
  items.forEach(function (item, i) { if (item.id === hash) { current = i; } });

  function activate(index) {
    if (index < 0 || index >= items.length) { return; }
    items[current].classList.remove("active");
    current = index;
    items[current].classList.add("active");
    items[current].scrollIntoView({ block: "nearest" });
  }

  function press(selector) {
    var button = items[current].querySelector(selector);
    if (button) { button.click(); }
    return Boolean(button);
  }

  function focus(selector) {
    var field = items[current].querySelector(selector);
    if (field) { field.focus(); }
  }

  function typing(target) {
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  items.forEach(function (item, i) {
    item.addEventListener("click", function () { activate(i); });
  });
  activate(current);

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var item = items[current];
    switch (event.key) {
      case "j": activate(current + 1); break;
      case "k": activate(current - 1); break;
      case "c": press(".act-confirm"); break;
      case "d": {
        // A dismissal needs a reason: submit when one is chosen, else go to the list.
        var reason = item.querySelector("select.reason");
        if (reason && reason.value) { press(".act-dismiss"); } else { focus("select.reason"); }
        break;
      }
      case "r": focus("select.new-category"); break;
      case "x": {
        var box = item.querySelector(".select-finding");
        if (box) { box.checked = !box.checked; }
        break;
      }
      case "?": {
        var help = document.getElementById("shortcuts");
        if (help) { help.open = !help.open; }
        break;
      }
      default: return;
    }
    event.preventDefault();
  });
})();
