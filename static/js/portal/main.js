/* The answers form, enhanced: conditional questions, adding and removing rows,
   autosave with a visible status, and the two-versions view after a conflict.
   Without these modules the form still works: every button posts it, and the
   server does the same things (clients/views.py). The server stays the
   authority: what is shown here only mirrors assignments.questionnaire.
   This entry module wires the form's events to the others and starts them. */

import { announce, startAnnouncer } from "./announce.js";
import { createAutosave } from "./autosave.js";
import { refreshConditions } from "./conditions.js";
import { wireHtmx } from "./htmx.js";
import { addRow, removeRow } from "./rows.js";

function isAnswer(form, target) {
  return target && target.form === form && target.name && target.name.indexOf("a:") === 0;
}

function wireForm(form, autosave) {
  // Conditional questions follow the answers in every form, the builder's preview (nothing saved) too.
  form.addEventListener("input", function (event) { if (isAnswer(form, event.target)) refreshConditions(form); });
  form.addEventListener("change", function (event) { if (isAnswer(form, event.target)) refreshConditions(form); });
  if (autosave.editable) {
    form.addEventListener("input", function (event) { if (isAnswer(form, event.target)) autosave.changed(2500); });
    form.addEventListener("change", function (event) { if (isAnswer(form, event.target)) autosave.changed(800); });
    form.addEventListener("focusout", function (event) {
      if (isAnswer(form, event.target) && autosave.scheduled()) autosave.changed(150); // leaving a field saves it now
    });
    form.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.key === "Enter" && target.tagName === "INPUT" && isAnswer(form, target) &&
          ["checkbox", "radio"].indexOf(target.type) === -1) {
        event.preventDefault(); // Enter in a one-line answer does not send the form
      }
    });
    window.addEventListener("online", function () { if (autosave.unsaved()) autosave.save(); });
    window.addEventListener("pagehide", function () {
      if (autosave.unsaved() && !autosave.stopped()) { autosave.backup(); autosave.save(); }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && autosave.unsaved()) autosave.flush();
    });
    // The session is about to end for inactivity (session-timeout.js): save while still signed in.
    document.addEventListener("rr:session-ending", function () {
      autosave.backup();
      if (autosave.unsaved()) autosave.flush();
    });
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.form !== form) return;
    if (button.hasAttribute("data-add-row")) {
      event.preventDefault();
      var row = addRow(form, button.parentElement);
      var first = row && row.querySelector("input:not([type=hidden]), textarea");
      if (first) first.focus();
    } else if (button.hasAttribute("data-remove-row")) {
      event.preventDefault();
      if (removeRow(form, button.closest("[data-row]"))) autosave.changed(300);
    } else if (button.value === "save" && autosave.editable) {
      event.preventDefault();
      autosave.flush().then(function () {
        if (!autosave.stopped() && !autosave.unsaved()) {
          autosave.setStatus("Saved " + new Date().toTimeString().slice(0, 5), "saved");
          announce("Your draft is saved.");
        }
      });
    }
  });

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (!submitter || submitter.value !== "submit") return;
    if (autosave.editable && navigator.onLine === false) {
      // Sending needs the server; the answers stay on this device meanwhile.
      event.preventDefault();
      autosave.backup();
      autosave.setStatus("You're offline. Your answers are kept on this device: press Submit again once you're connected.", "offline");
      announce("You're offline. Your answers are kept on this device.");
      return;
    }
    if (autosave.pending()) {
      // Send the latest answers with the version they were saved as.
      event.preventDefault();
      autosave.flush().then(function () { if (!autosave.stopped()) form.requestSubmit(submitter); });
      return;
    }
    submitter.setAttribute("aria-disabled", "true");
  });
}

var form = document.getElementById("answers");
if (form) {
  startAnnouncer();
  var autosave = createAutosave(form);
  wireForm(form, autosave);
  wireHtmx();

  refreshConditions(form);
  if (autosave.editable) autosave.restoreBackup();
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
}
