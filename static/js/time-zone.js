// The time-zone picker (practices/timezones.py renders a grouped <select data-time-zone>). Adds, before it, a
// search box that narrows the list to the zones matching every word typed (city, country or region, accents
// ignored), a button offering the zone this device is set to, and keeps "It is 14:05 on Friday there now."
// under the select up to date. Without JavaScript the plain grouped select does the same job.
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/_/g, " ").toLowerCase();
  }

  function localTime(zone) {
    try {
      var parts = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, hour: "2-digit", minute: "2-digit", weekday: "long", hourCycle: "h23",
      }).formatToParts(new Date());
      var part = function (type) { return (parts.find(function (p) { return p.type === type; }) || {}).value; };
      return "It is " + part("hour") + ":" + part("minute") + " on " + part("weekday") + " there now.";
    } catch (error) {
      return "";
    }
  }

  function enhance(select) {
    var now = document.getElementById(select.id + "_now");
    // Each group with its options, as rendered, to rebuild the list from on every search.
    var groups = Array.prototype.map.call(select.children, function (node) {
      var options = node.tagName === "OPTGROUP" ? Array.prototype.slice.call(node.children) : [node];
      return {
        node: node,
        options: options.map(function (option) {
          var where = node.tagName === "OPTGROUP" ? node.label : "";
          return { node: option, text: fold(option.textContent + " " + option.value + " " + where) };
        }),
      };
    });

    var search = document.createElement("input");
    search.type = "search";
    search.id = select.id + "_search";
    search.className = "time-zone__search";
    search.setAttribute("aria-controls", select.id);
    search.setAttribute("autocomplete", "off");
    var label = document.createElement("label");
    label.htmlFor = search.id;
    label.className = "time-zone__search-label";
    label.textContent = "Find a city or country";
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    select.parentNode.insertBefore(label, select);
    select.parentNode.insertBefore(search, select);
    select.parentNode.insertBefore(status, select);

    function filter() {
      var words = fold(search.value).split(/\s+/).filter(Boolean);
      var chosen = select.value;
      var shown = 0;
      select.textContent = "";
      groups.forEach(function (group) {
        var keep = group.options.filter(function (option) {
          return option.node.value === chosen || words.every(function (word) { return option.text.indexOf(word) !== -1; });
        });
        if (!keep.length) return;
        shown += keep.filter(function (option) { return option.node.value !== chosen; }).length;
        if (group.node.tagName === "OPTGROUP") {
          group.node.textContent = "";
          keep.forEach(function (option) { group.node.appendChild(option.node); });
          select.appendChild(group.node);
        } else {
          select.appendChild(group.node);
        }
      });
      select.value = chosen;
      status.textContent = words.length ? (shown ? shown + " matching time zone" + (shown === 1 ? "" : "s") + " in the list." : "No time zone matches. Try a nearby city or the country.") : "";
      // One match besides the current choice: choose it, as typing "tokyo" means.
      if (words.length && shown === 1) {
        var match = Array.prototype.find.call(select.options, function (option) { return option.value !== chosen; });
        if (match) { select.value = match.value; changed(); }
      }
    }

    function changed() {
      if (now) now.textContent = localTime(select.value);
      offerDevice();
    }

    var device = "";
    try { device = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (error) { device = ""; }
    var links = {};
    try { links = JSON.parse(select.getAttribute("data-time-zone-aliases") || "{}"); } catch (error) { links = {}; }
    device = links[device] || device;  // browsers may still say "Asia/Calcutta" for Asia/Kolkata
    var deviceOption = groups.reduce(function (found, group) {
      return found || (group.options.find(function (option) { return option.node.value === device; }) || {}).node;
    }, null);
    var offer = null;
    if (deviceOption) {
      offer = document.createElement("button");
      offer.type = "button";
      offer.className = "button time-zone__device";
      offer.textContent = "Use this device's time zone: " + deviceOption.textContent;
      offer.addEventListener("click", function () {
        search.value = "";
        filter();
        select.value = device;
        changed();
        select.focus();
      });
      select.parentNode.insertBefore(offer, now ? now.nextSibling : select.nextSibling);
    }

    function offerDevice() {
      if (offer) offer.hidden = select.value === device;
    }

    search.addEventListener("input", filter);
    select.addEventListener("change", changed);
    changed();
  }

  document.querySelectorAll("select[data-time-zone]").forEach(enhance);
})();
