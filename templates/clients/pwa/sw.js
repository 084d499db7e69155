{% autoescape off %}/* The portal's service worker: pages opened are kept readable offline; nothing is ever sent from here.
   Rendered by clients/pwa.py, which explains what is kept and when it is deleted. */
"use strict";

var SETTINGS = {{ settings }};
var PAGES = "rr-pages";
var ASSETS = "rr-assets-" + SETTINGS.version;

function keepable(response) {
  var type = response.headers.get("Content-Type") || "";
  return response.ok && !response.redirected && response.type === "basic" && type.indexOf("text/html") === 0;
}

function neverKept(path) {
  return SETTINGS.neverKeep.some(function (prefix) { return path.indexOf(prefix) === 0; });
}

self.addEventListener("install", function (event) {
  event.waitUntil(Promise.all([
    caches.open(ASSETS).then(function (cache) { return cache.addAll(SETTINGS.assets); }),
    caches.open(PAGES).then(function (cache) {
      // The offline page, Today and the safety plan, kept before the client has opened them.
      return Promise.all(SETTINGS.pages.map(function (url) {
        return fetch(url, { credentials: "same-origin" }).then(function (response) {
          return keepable(response) ? cache.put(url, response) : null;
        }).catch(function () { return null; });
      }));
    })
  ]).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("rr-assets-") === 0 && name !== ASSETS;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function page(request, path) {
  return fetch(request).then(function (response) {
    if (keepable(response) && !neverKept(path)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) {
      // Django's responses vary on Cookie and language; the copies here are this device's own anyway.
      return cache.match(request, { ignoreVary: true }).then(function (kept) {
        return kept || cache.match(SETTINGS.offline, { ignoreVary: true }).then(function (offline) {
          return offline || new Response(
            "You are offline. Call your local emergency number if you need help now.",
            { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } }
          );
        });
      });
    });
  });
}

function asset(request) {
  return caches.open(ASSETS).then(function (cache) {
    return cache.match(request).then(function (kept) {
      if (kept) return kept;
      return fetch(request).then(function (response) {
        if (response.ok) cache.put(request, response.clone());
        return response;
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return; // answers, comments, sign-out: always straight to the server
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.indexOf(SETTINGS.scope) === 0) {
    event.respondWith(page(request, url.pathname));
  } else if (url.pathname.indexOf(SETTINGS.staticPrefix) === 0) {
    event.respondWith(asset(request));
  }
});
{% endautoescape %}
