// The menu is one row that scrolls sideways where the screen is too narrow for it: start with the open
// page's entry in view, so the person can see where they are without swiping.
(function () {
  "use strict";
  var nav = document.querySelector(".site-header .nav");
  if (!nav || nav.scrollWidth <= nav.clientWidth) return;
  var current = nav.querySelector("a[aria-current]");
  if (!current) return;
  var item = current.getBoundingClientRect();
  var box = nav.getBoundingClientRect();
  if (item.left < box.left || item.right > box.right) {
    nav.scrollLeft += item.left - box.left - (box.width - item.width) / 2;
  }
})();
