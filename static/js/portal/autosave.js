/* Autosave: answers posted as they are typed, with a visible status, a copy on the device until the
   server has them (queue.js), and the two-versions view after a conflict. */

import { refreshConditions } from "./conditions.js";
import { forget, keep, owner, read, send, storeFor } from "./queue.js";
import { ensureRows } from "./rows.js";

export function createAutosave(form) {
  var editable = form.hasAttribute("data-autosave-url");
  var statusEl = form.querySelector("[data-autosave-status]");
  var versionInput = form.querySelector("[data-version]");
  var csrf = (form.querySelector("[name=csrfmiddlewaretoken]") || {}).value || "";
  var timer = null, inFlight = null, again = false, retryDelay = 2000, stopped = false;
  var storageKey = form.getAttribute("data-storage-key");
  var store = storeFor(form);

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
    keep(store, storageKey, {
      url: form.getAttribute("data-autosave-url"),
      title: form.getAttribute("data-title") || "",
      owner: owner(),
      version: versionInput.value,
      body: answersBody(),
      typedAt: Date.now()
    });
  }

  function changed(delay) {
    if (!editable || stopped) return;
    backup();
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  function retry(text) {
    setStatus(text, "offline");
    backup();
    timer = window.setTimeout(save, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function save() {
    timer = null;
    if (stopped) return Promise.resolve();
    if (inFlight) { again = true; return inFlight; }
    var body = answersBody();
    if (body === lastSaved) return Promise.resolve();
    setStatus("Saving…", "busy");
    inFlight = send({ url: form.getAttribute("data-autosave-url"), body: body, version: versionInput.value }, csrf)
      .then(function (outcome) {
        if (outcome.state === "saved") {
          versionInput.value = outcome.result.version;
          lastSaved = body;
          retryDelay = 2000;
          if (answersBody() === body) forget(store, storageKey);
          setStatus("Saved " + outcome.result.saved_at, "saved");
        } else if (outcome.state === "conflict") {
          showConflict(outcome.result);
        } else if (outcome.state === "signed-out") {
          setStatus("You've been signed out – sign in again to keep saving. What you typed is kept on this device.", "error");
          stopped = true;
        } else if (outcome.state === "refused") {
          setStatus("Not saved: " + outcome.message, "error");
        } else if (navigator.onLine === false) {
          retry("Offline – kept on this device, and saved when you're back online");
        } else {
          retry("Couldn't save – kept on this device, trying again");
        }
        return null;
      })
      .then(function () {
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
    // This device's copy is kept until the client has chosen; leaving without choosing brings the
    // choice back next time.
    slot.querySelectorAll("form").forEach(function (choice) {
      choice.addEventListener("submit", function () { forget(store, storageKey); });
    });
    var panel = slot.querySelector("[data-conflict]");
    panel.scrollIntoView({ block: "start" });
    panel.focus();
    return null;
  }

  function restoreBackup() {
    // A reload, a crash or a closed app before the last save reached the server: put back what was typed,
    // with the version it was typed against. An older version than the page's means it was saved elsewhere
    // since: the server says so (409) and the two-versions view follows.
    var saved = read(store, storageKey);
    if (!saved || typeof saved.body !== "string" || (saved.owner || "") !== owner()) return;
    if (saved.body === answersBody()) { forget(store, storageKey); return; }
    var params = new URLSearchParams(saved.body), names = {};
    params.forEach(function (value, name) { (names[name] = names[name] || []).push(value); });
    Object.keys(names).forEach(function (name) { ensureRows(form, name.slice(2)); });
    form.querySelectorAll('[name^="a:"]').forEach(function (control) {
      var values = names[control.name] || [];
      if (control.type === "hidden") return;
      if (control.type === "radio" || control.type === "checkbox") control.checked = values.indexOf(control.value) !== -1;
      else control.value = values.length ? values[values.length - 1] : "";
    });
    if (saved.version !== undefined && saved.version !== null) versionInput.value = saved.version;
    refreshConditions(form);
    // At once, before any new typing: if the words already reached the server on the way out,
    // the server sees the same answers and simply confirms them.
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
