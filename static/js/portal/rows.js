/* Repeating answers: adding, removing and renumbering rows, their paths rewritten to match the server's. */

import { announce } from "./announce.js";
import { refreshConditions } from "./conditions.js";

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

function numberRows(rows) {
  Array.prototype.forEach.call(rows.children, function (row, index) {
    row.querySelectorAll("[data-row-number]").forEach(function (span) {
      if (span.closest("[data-row]") === row) span.textContent = String(index + 1);
    });
  });
  var holder = rows.parentElement, add = holder.querySelector(":scope > [data-add-row]");
  if (add) add.hidden = rows.children.length >= Number(rows.getAttribute("data-max"));
}

export function addRow(form, holder) {
  var rows = holder.querySelector(":scope > [data-rows]");
  var template = holder.querySelector(":scope > template[data-row-template]");
  var base = template.getAttribute("data-path");
  var copy = template.content.cloneNode(true);
  rewrite(copy, base + "/__new__", base + "/" + rows.children.length);
  var row = copy.firstElementChild;
  while (row && !row.hasAttribute("data-row")) row = row.nextElementSibling;
  rows.appendChild(copy);
  numberRows(rows);
  refreshConditions(form);
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

/* Removes the row (after asking, if something is written in it); true when it is gone, for the caller to save. */
export function removeRow(form, row) {
  var rows = row.parentElement, holder = rows.parentElement;
  if (hasContent(row) && !window.confirm("Remove this, and what you wrote in it?")) return false;
  var base = row.getAttribute("data-row").replace(/\/\d+$/, "");
  var position = Array.prototype.indexOf.call(rows.children, row);
  row.remove();
  Array.prototype.forEach.call(rows.children, function (later, index) {
    if (index >= position) rewrite(later, base + "/" + (index + 1), base + "/" + index);
  });
  if (rows.children.length < Number(rows.getAttribute("data-min"))) addRow(form, holder);
  numberRows(rows);
  refreshConditions(form);
  var next = rows.children[position] || rows.children[position - 1];
  var focusable = next ? next.querySelector("input:not([type=hidden]), textarea") : null;
  (focusable || holder.querySelector(":scope > [data-add-row]") || holder).focus();
  announce("Removed.");
  return true;
}

export function ensureRows(form, path) {
  // Make sure the rows a restored name lives in exist (e.g. goals/2/further_steps/1).
  var segments = path.split("/");
  for (var i = 1; i < segments.length; i += 2) {
    if (!/^\d+$/.test(segments[i])) return;
    var base = segments.slice(0, i).join("/"), wanted = Number(segments[i]);
    var item = document.getElementById("q:" + base);
    if (!item) return;
    var rows = item.querySelector("[data-rows]");
    if (!rows || wanted >= Number(rows.getAttribute("data-max"))) return;
    while (rows.children.length <= wanted) addRow(form, rows.parentElement);
  }
}
