// Rapport: while the report is written (the request lasts a few seconds), say so and keep the
// button from being pressed twice. Without this file the form still works.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("produire");
  if (!form) {
    return;
  }
  form.addEventListener("submit", function () {
    var button = form.querySelector("button");
    document.getElementById("rapport-en-cours").textContent = "Rapport en cours de production, quelques secondes…";
    // Disabled after the submission has started, so that the form is still sent.
    setTimeout(function () { button.disabled = true; }, 0);
  });
});
