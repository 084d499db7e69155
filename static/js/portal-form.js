/* The answers form, enhanced: conditional questions, adding and removing rows,
   autosave with a visible status, and the two-versions view after a conflict.
   Without this file the form still works: every button posts it, and the
   server does the same things (clients/views.py). The server stays the
   authority: what is shown here only mirrors assignments.questionnaire. */
(function () {
  "use strict";

  var form = document.getElementById("answers");
  if (!form) return;
  var editable = form.hasAttribute("data-autosave-url");
  var statusEl = form.querySelector("[data-autosave-status]");
  var versionInput = form.querySelector("[data-version]");
  var csrf = (form.querySelector("[name=csrfmiddlewaretoken]") || {}).value || "";
  var announcer = document.createElement("p");
  announcer.className = "visually-hidden";
  announcer.setAttribute("role", "status");
  document.body.appendChild(announcer);

  function announce(text) {
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  /* --- enableWhen: mirrors questionnaire.is_enabled on the answers the engine would keep --- */

  function isBlank(value) {
    return value === null || value === undefined || (typeof value === "string" && value.trim() === "") ||
      (Array.isArray(value) && value.length === 0);
  }

  function controls(name) {
    return form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
  }

  function clean(item, raw) {
    if (isBlank(raw)) return null;
    var type = item.getAttribute("data-type");
    var text = String(raw).trim();
    if (type === "integer" || type === "decimal") {
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
      var number = Number(text);
      if (!isFinite(number) || (type === "integer" && !Number.isInteger(number))) return null;
      var low = item.getAttribute("data-min"), high = item.getAttribute("data-max");
      if ((low !== null && number < Number(low)) || (high !== null && number > Number(high))) return null;
      return number;
    }
    if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : null;
    if (type === "date") {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || isNaN(Date.parse(text + "T00:00:00Z"))) return null;
      return text;
    }
    return type === "choice" ? raw : text;
  }

  function answerOf(item) {
    if (item.closest("[hidden]")) return null; // a hidden item's answer is dropped by the engine
    var path = item.id.slice(2), name = "a:" + path;
    var repeats = item.hasAttribute("data-repeats"), type = item.getAttribute("data-type");
    var values = [];
    if (repeats && type !== "choice") {
      var rows = item.querySelectorAll('[name^="' + CSS.escape(name + "/") + '"]');
      for (var i = 0; i < rows.length; i++) {
        if (isBlank(rows[i].value)) continue;
        var kept = clean(item, rows[i].value);
        if (kept === null) return null; // one unreadable row: the engine keeps none of the list
        values.push(kept);
      }
      return values.length ? values : null;
    }
    var found = controls(name), raw = null;
    for (var j = 0; j < found.length; j++) {
      var control = found[j];
      if (control.type === "radio" || control.type === "checkbox") {
        if (control.checked) {
          if (repeats) values.push(control.value); else raw = control.value;
        }
      } else if (control.type === "hidden") {
        if (raw === null) raw = control.value; // a tick box's "false"
      } else {
        raw = control.value;
      }
    }
    if (repeats) return values.length ? values : null;
    return clean(item, raw);
  }

  function holds(rule) {
    var question = document.getElementById(rule.q);
    var actual = question ? answerOf(question) : null;
    var present = !isBlank(actual);
    if (rule.op === "exists") return present === rule.answer;
    if (!present) return rule.op === "!=";
    var values = Array.isArray(actual) ? actual : [actual];
    var equal = values.some(function (value) { return value === rule.answer; });
    if (rule.op === "=") return equal;
    if (rule.op === "!=") return !equal;
    return values.some(function (value) {
      if (typeof value !== typeof rule.answer) return false;
      if (rule.op === ">") return value > rule.answer;
      if (rule.op === "<") return value < rule.answer;
      if (rule.op === ">=") return value >= rule.answer;
      return value <= rule.answer;
    });
  }

  function refreshConditions() {
    // Document order: conditions only look at earlier questions, already settled.
    var items = form.querySelectorAll("[data-cond]");
    for (var i = 0; i < items.length; i++) {
      var item = items[i], condition = JSON.parse(item.getAttribute("data-cond"));
      var results = condition.rules.map(holds);
      var on = !item.parentElement.closest("[hidden]") &&
        (condition.behavior === "any" ? results.some(Boolean) : results.every(Boolean));
      if (item.hidden === on) item.hidden = !on;
      item.removeAttribute("data-off");
    }
  }

  /* --- Rows ------------------------------------------------------------------------- */

  var PATH_ATTRIBUTES = ["name", "id", "for", "value", "aria-describedby", "data-row", "data-cond", "data-path"];

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function rewrite(root, from, to) {
    // Every id, name and reference under root that starts with the path `from` now starts with `to`.
    var pattern = new RegExp('(^|[:"\\s])' + escapeRegExp(from) + '(?=$|[/~"\\s])', "g");
    var elements = root.querySelectorAll ? root.querySelectorAll("*") : [];
    var all = root.nodeType === 1 ? [root].concat(Array.prototype.slice.call(elements)) : elements;
    Array.prototype.forEach.call(all, function (element) {
      PATH_ATTRIBUTES.forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value && value.indexOf(from) !== -1) element.setAttribute(attribute, value.replace(pattern, "$1" + to));
      });
      if (element.tagName === "TEMPLATE") rewrite(element.content, from, to);
    });
  }

  function holderOf(element) {
    return element.closest("[data-rows]").parentElement;
  }

  function numberRows(rows) {
    Array.prototype.forEach.call(rows.children, function (row, index) {
      row.querySelectorAll("[data-row-number]").forEach(function (span) {
        if (span.closest("[data-row]") === row) span.textContent = String(index + 1);
      });
    });
    var holder = rows.parentElement, add = holder.querySelector(":scope > [data-add-row]");
    if (add) add.hidden = rows.children.length >= Number(rows.getAttribute("data-max"));
  }

  function addRow(holder) {
    var rows = holder.querySelector(":scope > [data-rows]");
    var template = holder.querySelector(":scope > template[data-row-template]");
    var base = template.getAttribute("data-path");
    var copy = template.content.cloneNode(true);
    rewrite(copy, base + "/__new__", base + "/" + rows.children.length);
    var row = copy.firstElementChild;
    while (row && !row.hasAttribute("data-row")) row = row.nextElementSibling;
    rows.appendChild(copy);
    numberRows(rows);
    refreshConditions();
    if (window.htmx) window.htmx.process(row);
    return row;
  }

  function hasContent(row) {
    return Array.prototype.some.call(row.querySelectorAll("input, textarea"), function (control) {
      if (control.type === "hidden") return false;
      if (control.type === "radio" || control.type === "checkbox") return control.checked;
      return control.value.trim() !== "";
    });
  }

  function removeRow(row) {
    var rows = row.parentElement, holder = rows.parentElement;
    if (hasContent(row) && !window.confirm("Remove this, and what you wrote in it?")) return;
    var base = row.getAttribute("data-row").replace(/\/\d+$/, "");
    var position = Array.prototype.indexOf.call(rows.children, row);
    row.remove();
    Array.prototype.forEach.call(rows.children, function (later, index) {
      if (index >= position) rewrite(later, base + "/" + (index + 1), base + "/" + index);
    });
    if (rows.children.length < Number(rows.getAttribute("data-min"))) addRow(holder);
    numberRows(rows);
    refreshConditions();
    var next = rows.children[position] || rows.children[position - 1];
    var focusable = next ? next.querySelector("input:not([type=hidden]), textarea") : null;
    (focusable || holder.querySelector(":scope > [data-add-row]") || holder).focus();
    announce("Removed.");
    changed(300);
  }

  /* --- Autosave ------------------------------------------------------------------------ */

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
    Object.keys(names).forEach(function (name) { ensureRows(name.slice(2)); });
    form.querySelectorAll('[name^="a:"]').forEach(function (control) {
      var values = names[control.name] || [];
      if (control.type === "hidden") return;
      if (control.type === "radio" || control.type === "checkbox") control.checked = values.indexOf(control.value) !== -1;
      else control.value = values.length ? values[values.length - 1] : "";
    });
    refreshConditions();
    // At once, before any new typing: if the words already reached the server on the way out,
    // the server sees the same answers and simply confirms them.
    backup();
    save();
  }

  function ensureRows(path) {
    // Make sure the rows a restored name lives in exist (e.g. goals/2/further_steps/1).
    var segments = path.split("/");
    for (var i = 1; i < segments.length; i += 2) {
      if (!/^\d+$/.test(segments[i])) return;
      var base = segments.slice(0, i).join("/"), wanted = Number(segments[i]);
      var item = document.getElementById("q:" + base);
      if (!item) return;
      var rows = item.querySelector("[data-rows]");
      if (!rows || wanted >= Number(rows.getAttribute("data-max"))) return;
      while (rows.children.length <= wanted) addRow(rows.parentElement);
    }
  }

  /* --- Wiring --------------------------------------------------------------------------- */

  function isAnswer(target) {
    return target && target.form === form && target.name && target.name.indexOf("a:") === 0;
  }

  if (editable) {
    form.addEventListener("input", function (event) {
      if (!isAnswer(event.target)) return;
      refreshConditions();
      changed(2500);
    });
    form.addEventListener("change", function (event) {
      if (!isAnswer(event.target)) return;
      refreshConditions();
      changed(800);
    });
    form.addEventListener("focusout", function (event) {
      if (isAnswer(event.target) && timer) changed(150); // leaving a field saves it now
    });
    form.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.key === "Enter" && target.tagName === "INPUT" && isAnswer(target) &&
          ["checkbox", "radio"].indexOf(target.type) === -1) {
        event.preventDefault(); // Enter in a one-line answer does not send the form
      }
    });
    window.addEventListener("online", function () { if (answersBody() !== lastSaved) save(); });
    window.addEventListener("pagehide", function () {
      if (answersBody() !== lastSaved && !stopped) { backup(); save(); }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && answersBody() !== lastSaved) flush();
    });
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.form !== form) return;
    if (button.hasAttribute("data-add-row")) {
      event.preventDefault();
      var row = addRow(button.parentElement);
      var first = row && row.querySelector("input:not([type=hidden]), textarea");
      if (first) first.focus();
    } else if (button.hasAttribute("data-remove-row")) {
      event.preventDefault();
      removeRow(button.closest("[data-row]"));
    } else if (button.value === "save" && editable) {
      event.preventDefault();
      flush().then(function () {
        if (!stopped && answersBody() === lastSaved) {
          setStatus("Saved " + new Date().toTimeString().slice(0, 5), "saved");
          announce("Your draft is saved.");
        }
      });
    }
  });

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (!submitter || submitter.value !== "submit") return;
    if (inFlight || timer) {
      // Send the latest answers with the version they were saved as.
      event.preventDefault();
      flush().then(function () { if (!stopped) form.requestSubmit(submitter); });
      return;
    }
    submitter.setAttribute("aria-disabled", "true");
  });

  /* --- htmx: comments and "discuss" marks, swapped in place ----------------------------- */

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

  /* --- Start ------------------------------------------------------------------------------ */

  refreshConditions();
  if (editable) restoreBackup();
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
