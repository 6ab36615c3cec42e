// Revue: the keys a, r, c and s press the visible button that shows them (data-key). A key typed in
// a field (the filters, the list of codes) stays in the field; c moves to the list of codes.
"use strict";
document.addEventListener("keyup", function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey || !event.key) {
    return;
  }
  var target = event.target;
  if (target && target.closest && target.closest("input, select, textarea, [contenteditable]")) {
    return;
  }
  var button = document.querySelector('#revue button[data-key="' + event.key.toLowerCase() + '"]');
  if (!button || button.disabled) {
    return;
  }
  event.preventDefault();
  if (button.dataset.focus) {
    document.getElementById(button.dataset.focus).focus();
  } else {
    button.click();
  }
});
