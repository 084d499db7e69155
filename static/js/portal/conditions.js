/* enableWhen in the browser: shows and hides conditional questions, mirroring
   questionnaire.is_enabled on the answers the engine would keep. */

function isBlank(value) {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0);
}

function controls(form, name) {
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

function answerOf(form, item) {
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
  var found = controls(form, name), raw = null;
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

function holds(form, rule) {
  var question = document.getElementById(rule.q);
  var actual = question ? answerOf(form, question) : null;
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

export function refreshConditions(form) {
  // Document order: conditions only look at earlier questions, already settled.
  var items = form.querySelectorAll("[data-cond]");
  for (var i = 0; i < items.length; i++) {
    var item = items[i], condition = JSON.parse(item.getAttribute("data-cond"));
    var results = condition.rules.map(function (rule) { return holds(form, rule); });
    var on = !item.parentElement.closest("[hidden]") &&
      (condition.behavior === "any" ? results.some(Boolean) : results.every(Boolean));
    if (item.hidden === on) item.hidden = !on;
    item.removeAttribute("data-off");
  }
}
