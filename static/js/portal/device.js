/* Every portal page: the installable app's service worker, and answers typed on this device that are
   still waiting for the server (queue.js), sent as soon as there is a connection. The exercise page sends
   its own (autosave.js); every other page sends them all and says what happened. Signing out deletes
   what this device keeps of the portal. */

import { announce, startAnnouncer } from "./announce.js";
import { csrfToken, forget, forgetAll, send, waiting } from "./queue.js";

var PAGES = "rr-pages";
var own = document.getElementById("answers");
var ownKey = own ? own.getAttribute("data-storage-key") : null;
var notice = null;

function register() {
  var link = document.querySelector("link[rel=manifest]");
  if (!("serviceWorker" in navigator) || !link) return;
  var worker = link.getAttribute("data-service-worker");
  navigator.serviceWorker.register(worker, { scope: link.getAttribute("data-scope") }).catch(function () {
    /* without it the portal works as before, online only */
  });
}

function say(lines) {
  if (!lines.length) { if (notice) { notice.remove(); notice = null; } return; }
  if (!notice) {
    notice = document.createElement("section");
    notice.className = "notice notice--accent unsent";
    notice.setAttribute("aria-label", "Answers kept on this device");
    notice.setAttribute("data-unsent", "");
    var main = document.getElementById("main");
    var anchor = main.querySelector("h1");
    if (anchor && anchor.nextSibling) anchor.parentNode.insertBefore(notice, anchor.nextSibling);
    else main.insertBefore(notice, main.firstChild);
  }
  notice.replaceChildren();
  lines.forEach(function (line) { notice.appendChild(line); });
}

function line(text, link, href) {
  var p = document.createElement("p");
  p.textContent = text;
  if (link) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = link;
    p.appendChild(document.createTextNode(" "));
    p.appendChild(a);
  }
  return p;
}

function exercisePage(url) {
  return url.replace(/autosave\/?$/, "");
}

var sending = false;

function sendWaiting() {
  var items = waiting().filter(function (item) { return item.key !== ownKey; });
  if (!items.length || sending) return Promise.resolve();
  sending = true;
  var csrf = csrfToken();
  var lines = [], saved = 0, offline = 0;
  return items.reduce(function (chain, item) {
    return chain.then(function () {
      return send(item.entry, csrf).then(function (outcome) {
        var name = item.entry.title ? "“" + item.entry.title + "”" : "An exercise";
        if (outcome.state === "saved") { forget(window.localStorage, item.key); saved += 1; }
        else if (outcome.state === "conflict") {
          lines.push(line(name + " was changed on another device too, so your answers from this one are waiting for you to choose.", "Open it to choose", exercisePage(item.entry.url)));
        } else if (outcome.state === "refused") {
          lines.push(line(name + ": what you typed on this device could not be saved. " + outcome.message, "Open it", exercisePage(item.entry.url)));
        } else if (outcome.state === "signed-out") {
          lines.push(line(name + ": your answers are kept on this device until you sign in again."));
        } else { offline += 1; }
      });
    });
  }, Promise.resolve()).then(function () {
    if (offline) {
      lines.unshift(line(
        (offline === 1 ? "1 exercise has" : offline + " exercises have") +
        " answers typed offline, kept on this device. They are saved as soon as you're connected again."
      ));
    }
    say(lines);
    if (saved) announce(saved === 1 ? "The answers you typed offline are saved." : "The answers you typed offline are saved: " + saved + " exercises.");
  }).finally(function () { sending = false; });
}

function forgetDevice(event) {
  var items = waiting();
  if (items.length && !window.confirm(
    "Some answers typed on this device have not been saved yet. Sign out anyway and delete them from this device?"
  )) {
    event.preventDefault();
    return;
  }
  forgetAll();
  if (!window.caches) return;
  // The kept pages go before the sign-out is sent (and the signed-out page deletes them again).
  event.preventDefault();
  var form = event.target;
  window.caches.delete(PAGES).catch(function () { return null; }).then(function () { form.submit(); });
}

startAnnouncer();
register();
sendWaiting();
window.addEventListener("online", sendWaiting);
var signOut = document.querySelector(".signout");
if (signOut) signOut.addEventListener("submit", forgetDevice);
