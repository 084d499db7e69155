// Shown to someone signed out: whatever the portal's app kept on this device for offline reading
// (clients/pwa.py) is deleted, so that the next person at a shared phone finds none of it. Answers
// still waiting to be saved stay: they are sent once their owner signs in again.
(function () {
  "use strict";
  if (window.caches) window.caches.delete("rr-pages").catch(function () { return null; });
})();
