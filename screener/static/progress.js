/* Live upload progress: polls each bar's JSON twin once a second.
   Without JavaScript the page still shows the state it was rendered with and a
   "refresh" link; this only keeps the bar moving and moves on when the work is done. */
(function () {
  "use strict";

  function setText(root, field, text) {
    var el = root.querySelector('[data-field="' + field + '"]');
    if (el) { el.textContent = text || ""; }
  }

  function update(root, state) {
    var bar = root.querySelector("progress");
    if (bar) {
      bar.value = state.percent || 0;
      bar.textContent = (state.percent || 0) + "%";
    }
    var badge = root.querySelector('[data-field="label"]');
    if (badge) {
      badge.textContent = state.label || "";
      badge.className = "badge " + (state.status || "");
    }
    setText(root, "stage", state.stage_label);
    setText(root, "counts", state.counts_text);
    setText(root, "eta", state.eta_text);
  }

  function watch(root, onFinished) {
    var url = root.getAttribute("data-progress-url");
    var failures = 0;
    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("HTTP " + response.status); }
          return response.json();
        })
        .then(function (state) {
          failures = 0;
          update(root, state);
          if (state.status === "done" || state.status === "failed") {
            onFinished(root, state);
          } else {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () {
          failures += 1;
          if (failures < 30) { window.setTimeout(poll, 1000 * Math.min(failures, 10)); }
        });
    }
    window.setTimeout(poll, 1000);
  }

  function start() {
    var bars = document.querySelectorAll(".upload-progress[data-progress-url]");
    var pending = bars.length;
    if (!pending) { return; }
    document.documentElement.classList.add("js-progress");
    Array.prototype.forEach.call(bars, function (root) {
      watch(root, function (el, state) {
        pending -= 1;
        var target = el.getAttribute("data-done-url");
        if (state.status === "done" && target) {
          window.location.assign(target);
        } else if (state.status === "failed" || pending === 0) {
          // The server renders the final state (reason, retry button, results).
          window.location.reload();
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
