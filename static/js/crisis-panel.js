// "Need help now?": open the client's safety plan (it is already in the page, so this works offline)
// and move focus to it. Without this script the link still jumps to the panel and the plan opens by tapping.
(function () {
  "use strict";

  function openPanel() {
    var panel = document.getElementById("crisis");
    if (!panel) return;
    var plan = panel.querySelector("[data-safety-plan]");
    if (plan) plan.open = true;
    panel.setAttribute("tabindex", "-1");
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: "start" });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest('a[href="#crisis"]');
    if (!link) return;
    event.preventDefault();
    if (location.hash !== "#crisis") history.pushState(null, "", "#crisis");
    openPanel();
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });

  window.addEventListener("hashchange", function () {
    if (location.hash === "#crisis") openPanel();
  });
  if (location.hash === "#crisis") openPanel();
})();
