/* htmx glue: comments and "discuss" marks swapped in place, with focus and announcements kept. */

import { announce } from "./announce.js";

export function wireHtmx() {
  var lastFocusKey = null, lastToolsId = null;
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    var source = event.detail.elt, tools = source && source.closest("[data-tools]");
    lastFocusKey = source && source.getAttribute("data-focus-key");
    lastToolsId = tools && tools.id;
    if (lastFocusKey === "comment" && tools) {
      var body = tools.querySelector("[data-comment-body]");
      if (body && !body.value.trim()) {
        event.preventDefault();
        announce("Write a comment first.");
        body.focus();
      }
    }
  });
  document.body.addEventListener("htmx:load", function (event) {
    // A swapped-in block: the old one, with the focused button, is gone, so focus its replacement.
    var fresh = event.detail.elt;
    if (!lastToolsId || !fresh.matches || !fresh.matches("[data-tools]") || fresh.id !== lastToolsId) return;
    lastToolsId = null;
    var said = fresh.querySelector("[data-announce]");
    if (said) announce(said.textContent);
    var focus = fresh.querySelector(lastFocusKey === "comment" ? "[data-comment-body]" : '[data-focus-key="flag"]');
    if (focus) focus.focus();
  });
  document.body.addEventListener("htmx:sendError", function () {
    announce("That didn't go through. Check your connection and try again; your comment is still there.");
  });
  if (window.htmx) {
    // Show the comment form's own error message (a 400 from the server) in place.
    window.htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "400", swap: true },
      { code: "[45]..", swap: false, error: true }
    ];
  }
}
