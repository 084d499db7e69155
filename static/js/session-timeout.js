// Signed-in pages: warn two minutes before the session ends for inactivity, offer to stay signed in, and
// save what is being typed before it does. The server decides (accounts/sessions.py); this only asks it:
// GET /session/ says how long is left without counting as activity, so another tab or an autosave that
// kept the session alive is noticed, and POST /session/ keeps it. When the time is up the page goes to
// sign-in and comes back here after; the portal's copy of unsaved answers (autosave.js) puts them back.
(function () {
  "use strict";

  var WARN_BEFORE = 120;
  var body = document.body;
  var url = body.getAttribute("data-session-url");
  if (!url) return;
  var loginUrl = body.getAttribute("data-login-url");
  var csrfInput = document.querySelector(".signout [name=csrfmiddlewaretoken]");
  var timer = null, banner = null, countdown = null, endsAt = 0;

  function schedule(secondsLeft) {
    window.clearTimeout(timer);
    endsAt = Date.now() + secondsLeft * 1000;
    timer = window.setTimeout(check, Math.max(0, secondsLeft - WARN_BEFORE) * 1000);
  }

  function ask(method) {
    var headers = { "Accept": "application/json" };
    if (method === "POST" && csrfInput) headers["X-CSRFToken"] = csrfInput.value;
    return fetch(url, { method: method, credentials: "same-origin", headers: headers }).then(function (response) {
      return response.json();
    });
  }

  function check() {
    ask("GET").then(function (state) {
      if (!state.signed_in) return end();
      if (state.seconds_left > WARN_BEFORE + 5) { hide(); return schedule(state.seconds_left); }
      warn(state);
      window.clearTimeout(timer);
      endsAt = Date.now() + state.seconds_left * 1000;
      timer = window.setTimeout(check, state.seconds_left * 1000 + 1000);
      return null;
    }).catch(function () { schedule(WARN_BEFORE + 30); }); // offline: ask again a little later
  }

  function minutesLeft() {
    var seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    if (seconds >= 90) return "in " + Math.round(seconds / 60) + " minutes";
    if (seconds >= 45) return "in about a minute";
    return "in a few seconds";
  }

  function warn(state) {
    // Save now, while still signed in, whatever is typed.
    document.dispatchEvent(new CustomEvent("rr:session-ending"));
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "session-warning";
      banner.setAttribute("role", "alert");
      banner.setAttribute("data-session-warning", "");
      var text = document.createElement("p");
      banner.appendChild(text);
      if (state.can_extend) {
        var stay = document.createElement("button");
        stay.type = "button";
        stay.className = "button";
        stay.textContent = "Stay signed in";
        stay.addEventListener("click", function () {
          ask("POST").then(function (kept) {
            if (!kept.signed_in) return end();
            hide();
            schedule(kept.seconds_left);
            return null;
          }).catch(function () { /* the warning stays; the next check decides */ });
        });
        banner.appendChild(stay);
      }
      document.body.appendChild(banner);
    }
    var reason = state.can_extend ? "to keep your account private, as nothing has happened here for a while" :
      "because you signed in many hours ago";
    banner.querySelector("p").textContent = "You will be signed out " + minutesLeft() + ", " + reason +
      ". Anything you have typed is saved.";
    window.clearInterval(countdown);
    countdown = window.setInterval(function () {
      if (banner) banner.querySelector("p").textContent = "You will be signed out " + minutesLeft() + ", " + reason +
        ". Anything you have typed is saved.";
    }, 15000);
  }

  function hide() {
    window.clearInterval(countdown);
    if (banner) { banner.remove(); banner = null; }
  }

  function end() {
    hide();
    document.dispatchEvent(new CustomEvent("rr:session-ending"));
    var next = window.location.pathname + window.location.search;
    window.setTimeout(function () {
      window.location.assign(loginUrl + "?next=" + encodeURIComponent(next));
    }, 300);
    return null;
  }

  schedule(parseInt(body.getAttribute("data-session-seconds"), 10) || 0);
})();
