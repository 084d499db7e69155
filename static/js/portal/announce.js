/* The page's status line for screen readers: one visually hidden live region, made at start. */

var announcer = null;

export function startAnnouncer() {
  if (announcer) return; // one per page, whichever module starts it first
  announcer = document.createElement("p");
  announcer.className = "visually-hidden";
  announcer.setAttribute("role", "status");
  document.body.appendChild(announcer);
}

export function announce(text) {
  announcer.textContent = "";
  window.setTimeout(function () { announcer.textContent = text; }, 50);
}
