// A form marked data-submit-on-change sends itself as soon as one of its menus changes (the caseload's sort
// order), so its button is only needed without JavaScript and is hidden here.
(function () {
  "use strict";
  document.querySelectorAll("form[data-submit-on-change]").forEach(function (form) {
    form.querySelectorAll("[data-submit-button]").forEach(function (button) { button.hidden = true; });
    form.addEventListener("change", function () { form.requestSubmit(); });
  });
})();
