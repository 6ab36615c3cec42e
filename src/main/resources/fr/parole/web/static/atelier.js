// The atelier's script, served from the jar. The pages work with htmx attributes and plain forms;
// this file only adds what HTML cannot say (the CSP forbids inline script).
"use strict";

// The navigation's menus (<details> in the header): one open at a time, closed by Escape (focus
// back on its summary) or by a click outside, as a person expects of a menu. Without this script
// they still open and close with the mouse, Enter or Space.
document.addEventListener("DOMContentLoaded", () => {
  const menus = Array.from(document.querySelectorAll("nav.sections details"));
  menus.forEach((menu) => menu.addEventListener("toggle", () => {
    if (menu.open) {
      menus.filter((other) => other !== menu).forEach((other) => { other.open = false; });
    }
  }));
  document.addEventListener("keydown", (event) => {
    const open = menus.find((menu) => menu.open);
    if (event.key === "Escape" && open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", (event) => {
    menus.filter((menu) => menu.open && !menu.contains(event.target)).forEach((menu) => { menu.open = false; });
  });
});
