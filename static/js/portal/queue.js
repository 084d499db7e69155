/* Answers typed on this device that the server has not confirmed yet, kept until it has.

   The portal keeps them in localStorage, so that they outlive a closed tab or an app swiped away while
   offline, and sends them when the connection returns, from whichever portal page is open (device.js) or
   from the exercise itself (autosave.js). Each entry keeps the version its answers were typed against, so
   a later save elsewhere is never overwritten: the server answers 409 and the client chooses. In-session
   mode, on a clinician's computer, keeps its copy in sessionStorage only (gone with the tab). */

var PREFIX = "rr-unsent:";

export function storeFor(form) {
  try {
    return form && form.hasAttribute("data-offline-queue") ? window.localStorage : window.sessionStorage;
  } catch (error) {
    return null; // storage switched off: the server copy is what counts
  }
}

export function read(store, key) {
  if (!store) return null;
  try { return JSON.parse(store.getItem(PREFIX + key) || "null"); } catch (error) { return null; }
}

export function keep(store, key, entry) {
  if (!store) return;
  try { store.setItem(PREFIX + key, JSON.stringify(entry)); } catch (error) { /* full or private mode */ }
}

export function forget(store, key) {
  if (!store) return;
  try { store.removeItem(PREFIX + key); } catch (error) { /* nothing kept */ }
}

export function owner() {
  // Whose answers these are: a device shared by two clients sends each only their own.
  var meta = document.querySelector("meta[name=rr-owner]");
  return meta ? meta.getAttribute("content") : "";
}

export function waiting() {
  // The signed-in client's unsent entries on this device, oldest first.
  var found = [], me = owner();
  try {
    for (var i = 0; i < window.localStorage.length; i++) {
      var name = window.localStorage.key(i);
      if (name && name.indexOf(PREFIX) === 0) {
        var entry = read(window.localStorage, name.slice(PREFIX.length));
        if (entry && entry.url && entry.owner === me) found.push({ key: name.slice(PREFIX.length), entry: entry });
      }
    }
  } catch (error) { return []; }
  return found.sort(function (a, b) { return (a.entry.typedAt || 0) - (b.entry.typedAt || 0); });
}

export function forgetAll() {
  waiting().forEach(function (item) { forget(window.localStorage, item.key); });
}

export function csrfToken() {
  var input = document.querySelector("[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}

// Post one entry's answers with the version they were typed against. Resolves to
// "saved" | "conflict" | "refused" (with .message) | "signed-out" | "offline".
export function send(entry, csrf) {
  var data = entry.body + "&version=" + encodeURIComponent(entry.version);
  return fetch(entry.url, {
    method: "POST",
    body: data,
    credentials: "same-origin",
    keepalive: data.length < 60000,
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": csrf, "Accept": "application/json" }
  }).then(function (response) {
    if (response.redirected || response.status === 403 || response.status === 401) return { state: "signed-out" };
    return response.json().then(function (result) {
      if (response.ok) return { state: "saved", result: result };
      if (response.status === 409 && result.conflict) return { state: "conflict", result: result };
      return { state: "refused", message: result.message || "It could not be saved.", result: result };
    }, function () { return { state: "refused", message: "It could not be saved." }; });
  }, function () { return { state: "offline" }; });
}
