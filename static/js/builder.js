// The builder, with JavaScript on: the title, introduction and an item being changed save as they are typed;
// items are dragged, or moved with Alt and an arrow key; the phone preview beside the editor reloads after each
// save. Every change is still the page's own POST, naming the draft's revision: a save from a page older than
// the draft answers 409, saves nothing, and what was typed stays here with a way to save it on top.
(function () {
  "use strict";
  var list = document.querySelector("[data-builder]");
  if (!list || !window.fetch) return;
  var page = window.location.pathname;
  var status = document.createElement("p");
  status.className = "builder__status";
  status.setAttribute("role", "status");
  list.parentNode.insertBefore(status, list);

  function say(words) { status.textContent = words; }

  function revision() { return list.getAttribute("data-revision"); }

  function setRevision(number) {
    list.setAttribute("data-revision", String(number));
    document.querySelectorAll("input[name=revision]").forEach(function (input) { input.value = String(number); });
  }

  function reloadPreview() {
    var frame = document.querySelector("[data-preview]");
    if (frame && frame.contentWindow) frame.contentWindow.location.reload();
  }

  function csrf() {
    var field = document.querySelector("[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  // One change, posted as the page's forms post it; resolves with the JSON answer and its status.
  function post(data) {
    data.set("revision", revision());
    return fetch(page, {
      method: "POST",
      body: new URLSearchParams(data),
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf(), "Accept": "application/json" },
    }).then(function (response) {
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      return (json ? response.json() : Promise.resolve({})).then(function (body) {
        return { status: response.status, body: body };
      });
    });
  }

  function problems(body) {
    var words = [].concat(body.messages || []);
    Object.keys(body.fields || {}).forEach(function (key) { words = words.concat(body.fields[key]); });
    Object.keys(body.errors || {}).forEach(function (key) { words = words.concat(body.errors[key]); });
    return words.join(" ");
  }

  // --- Autosave of the forms whose fields are typed into (title and introduction; an item being changed) ---
  function autosave(form, action) {
    var timer = null;
    var pending = false;
    var busy = false;
    function save() {
      if (busy) { pending = true; return; }
      busy = true;
      var data = new FormData(form);
      data.set("action", action);
      say("Saving…");
      post(data).then(function (answer) {
        busy = false;
        if (answer.status === 200) {
          setRevision(answer.body.revision);
          say("Saved.");
          reloadPreview();
        } else if (answer.status === 409) {
          conflict(form, action, answer.body);
        } else {
          say("Not saved: " + (problems(answer.body) || "that could not be saved.") + " What you typed is still here.");
        }
        if (pending) { pending = false; save(); }
      }).catch(function () {
        busy = false;
        say("Not saved: the connection dropped. What you typed is still here; it saves when you type again.");
      });
    }
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 800);
    });
  }

  // Another tab or person saved first: nothing of ours was saved. Say so, keep the typing, offer both ways on.
  function conflict(form, action, body) {
    say("");
    var box = form.querySelector(".builder__conflict") || document.createElement("div");
    box.className = "builder__conflict form-errors";
    box.setAttribute("role", "alert");
    box.textContent = "";
    var words = document.createElement("p");
    words.textContent = "This draft was saved elsewhere (perhaps in another tab) since this page was opened. " +
      "What you typed here is kept and was not saved.";
    var mine = document.createElement("button");
    mine.type = "button";
    mine.className = "button";
    mine.textContent = "Save mine on top of it";
    mine.addEventListener("click", function () {
      setRevision(body.revision);
      box.remove();
      var data = new FormData(form);
      data.set("action", action);
      post(data).then(function (answer) {
        if (answer.status === 200) { setRevision(answer.body.revision); say("Saved."); reloadPreview(); }
        else { say("Not saved: " + problems(answer.body)); }
      });
    });
    var theirs = document.createElement("a");
    theirs.href = page;
    theirs.textContent = "Show the draft as it is now (what I typed here is lost)";
    box.append(words, mine, " ", theirs);
    form.prepend(box);
  }

  var details = document.querySelector("button[value=details]");
  if (details) autosave(details.form, "details");
  var changing = document.querySelector(".builder__change");
  if (changing) {
    var button = changing.querySelector("button[name=action]");
    autosave(changing, button.value);
  }

  // --- Reordering: drag an item, or Alt with ↑ or ↓ on it; both post what the Move buttons post ---
  function moved(answer, linkId) {
    if (answer.status === 200) {
      window.location.replace(page + "?moved=" + encodeURIComponent(linkId) + "&at=" + Date.now() + "#item-" + linkId);
    } else if (answer.status === 409) {
      say("This draft was changed elsewhere: reload the page to see it as it is now, then move the item again.");
    } else {
      say("Not moved: " + (problems(answer.body) || "that move could not be made."));
    }
  }

  list.querySelectorAll("li[data-link-id]").forEach(function (item) {
    var linkId = item.getAttribute("data-link-id");
    item.setAttribute("draggable", "true");
    item.setAttribute("tabindex", "-1");
    item.addEventListener("dragstart", function (event) {
      event.stopPropagation();
      event.dataTransfer.setData("text/plain", linkId);
      event.dataTransfer.effectAllowed = "move";
      item.classList.add("is-dragged");
    });
    item.addEventListener("dragend", function () { item.classList.remove("is-dragged"); });
    item.addEventListener("dragover", function (event) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      item.classList.add("is-drop-target");
    });
    item.addEventListener("dragleave", function () { item.classList.remove("is-drop-target"); });
    item.addEventListener("drop", function (event) {
      event.preventDefault();
      event.stopPropagation();
      item.classList.remove("is-drop-target");
      var dragged = event.dataTransfer.getData("text/plain");
      if (!dragged || dragged === linkId) return;
      var data = new FormData();
      data.set("action", "drag:" + dragged);
      // Dropped on the lower half of a group's heading: into that group; anywhere else: just before the item.
      var box = item.getBoundingClientRect();
      var lower = event.clientY > box.top + box.height / 2;
      data.set(item.hasAttribute("data-group") && lower ? "into" : "before", linkId);
      say("Moving…");
      post(data).then(function (answer) { moved(answer, dragged); });
    });
    item.addEventListener("keydown", function (event) {
      if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
      if (event.target.closest("li[data-link-id]") !== item || event.target.closest("input, textarea, select")) return;
      event.preventDefault();
      var button = item.querySelector("[data-move=" + (event.key === "ArrowUp" ? "up" : "down") + "]");
      if (!button) { say(event.key === "ArrowUp" ? "It is already first." : "It is already last."); return; }
      var data = new FormData();
      data.set("action", button.value);
      say("Moving…");
      post(data).then(function (answer) { moved(answer, linkId); });
    });
  });

  // After a move, the moved item has the focus again (and a screen reader hears where it went).
  var params = new URLSearchParams(window.location.search);
  var again = params.get("moved") && document.getElementById("item-" + params.get("moved"));
  if (again) {
    again.focus();
    var place = Array.prototype.indexOf.call(again.parentNode.children, again) + 1;
    say("Moved: now item " + place + " of " + again.parentNode.children.length + ".");
  }

  // --- The preview at a phone's width or a desktop's ---
  var frame = document.querySelector("[data-preview]");
  if (frame) {
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "link-button";
    toggle.textContent = "Show at a desktop's width";
    toggle.setAttribute("aria-pressed", "false");
    toggle.addEventListener("click", function () {
      var wide = frame.classList.toggle("builder-preview--desktop");
      frame.closest(".builder-layout").classList.toggle("builder-layout--wide-preview", wide);
      toggle.setAttribute("aria-pressed", String(wide));
      toggle.textContent = wide ? "Show at a phone's width" : "Show at a desktop's width";
    });
    frame.parentNode.insertBefore(toggle, frame);
  }
})();
