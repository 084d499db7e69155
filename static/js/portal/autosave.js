/* Autosave: answers posted as they are typed, with a visible status, a copy in sessionStorage
   until the server has them, and the two-versions view after a conflict. */

import { refreshConditions } from "./conditions.js";
import { ensureRows } from "./rows.js";

export function createAutosave(form) {
  var editable = form.hasAttribute("data-autosave-url");
  var statusEl = form.querySelector("[data-autosave-status]");
  var versionInput = form.querySelector("[data-version]");
  var csrf = (form.querySelector("[name=csrfmiddlewaretoken]") || {}).value || "";
  var timer = null, inFlight = null, again = false, retryDelay = 2000, stopped = false;
  var storageKey = form.getAttribute("data-storage-key");

  function answersBody() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf("a:") === 0) params.append(name, value);
    });
    return params.toString();
  }

  var lastSaved = editable ? answersBody() : "";

  function setStatus(text, state) {
    if (!statusEl) return;
    statusEl.textContent = text;
    statusEl.setAttribute("data-state", state || "");
  }

  function backup() {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify({ version: versionInput.value, body: answersBody() }));
    } catch (error) { /* private mode: the server copy is what counts */ }
  }

  function forgetBackup() {
    try { window.sessionStorage.removeItem(storageKey); } catch (error) { /* nothing kept */ }
  }

  function changed(delay) {
    if (!editable || stopped) return;
    backup();
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  function save() {
    timer = null;
    if (stopped) return Promise.resolve();
    if (inFlight) { again = true; return inFlight; }
    var body = answersBody();
    if (body === lastSaved) return Promise.resolve();
    setStatus("Saving…", "busy");
    var data = body + "&version=" + encodeURIComponent(versionInput.value);
    inFlight = fetch(form.getAttribute("data-autosave-url"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      keepalive: data.length < 60000, // finishes even if the tab is closed or reloaded meanwhile
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": csrf, "Accept": "application/json" }
    }).then(function (response) {
      if (response.redirected || response.status === 403) {
        setStatus("You've been signed out – sign in again to keep saving", "error");
        stopped = true;
        return null;
      }
      return response.json().then(function (result) {
        if (response.status === 409 && result.conflict) return showConflict(result);
        if (!response.ok) {
          setStatus("Not saved: " + (result.message || "please try again"), "error");
          return null;
        }
        versionInput.value = result.version;
        lastSaved = body;
        retryDelay = 2000;
        if (answersBody() === body) forgetBackup();
        setStatus("Saved " + result.saved_at, "saved");
        return null;
      });
    }).catch(function () {
      setStatus(navigator.onLine === false ? "Offline – will retry" : "Couldn't save – will retry", "offline");
      backup();
      timer = window.setTimeout(save, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }).then(function () {
      inFlight = null;
      if (again) { again = false; return save(); }
      return null;
    });
    return inFlight;
  }

  function flush() {
    window.clearTimeout(timer);
    timer = null;
    return (inFlight || Promise.resolve()).then(function () { return save(); });
  }

  function showConflict(result) {
    stopped = true;
    window.clearTimeout(timer);
    var slot = document.querySelector("[data-conflict-slot]");
    slot.innerHTML = result.html;
    form.hidden = true;
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.hidden = true;
    var panel = slot.querySelector("[data-conflict]");
    panel.scrollIntoView({ block: "start" });
    panel.focus();
    return null;
  }

  function restoreBackup() {
    // A reload or a crash before the last save reached the server: put back what was typed.
    var saved = null;
    try { saved = JSON.parse(window.sessionStorage.getItem(storageKey) || "null"); } catch (error) { saved = null; }
    if (!saved || saved.version !== versionInput.value || saved.body === answersBody()) return;
    var params = new URLSearchParams(saved.body), names = {};
    params.forEach(function (value, name) { (names[name] = names[name] || []).push(value); });
    Object.keys(names).forEach(function (name) { ensureRows(form, name.slice(2)); });
    form.querySelectorAll('[name^="a:"]').forEach(function (control) {
      var values = names[control.name] || [];
      if (control.type === "hidden") return;
      if (control.type === "radio" || control.type === "checkbox") control.checked = values.indexOf(control.value) !== -1;
      else control.value = values.length ? values[values.length - 1] : "";
    });
    refreshConditions(form);
    // At once, before any new typing: if the words already reached the server on the way out,
    // the server sees the same answers and simply confirms them.
    backup();
    save();
  }

  return {
    editable: editable,
    changed: changed,
    save: save,
    flush: flush,
    backup: backup,
    setStatus: setStatus,
    restoreBackup: restoreBackup,
    stopped: function () { return stopped; },
    unsaved: function () { return answersBody() !== lastSaved; },
    scheduled: function () { return Boolean(timer); },
    pending: function () { return Boolean(inFlight || timer); }
  };
}
