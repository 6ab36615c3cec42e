// Livre de codes (codebook13): drag a code onto another code to move it under that code, or onto a
// dimension's heading to move it to the top of that dimension. The drop posts the very form the
// « Déplacer vers » select of the code's page posts (same CSRF token, same fingerprint, same
// server-side checks: a code is refused under its own sub-code). Without this script, and from the
// keyboard, the select does the same.
"use strict";
(function () {
  var form = document.getElementById("book-drag");
  if (!form || !("draggable" in document.createElement("li"))) {
    return;
  }
  var hint = document.querySelector(".book-drag-hint");
  if (hint) {
    hint.hidden = false;
  }
  var dragged = null;

  function target(element) {
    return element && element.closest ? element.closest("li.book-code[data-path], h2[data-dimension]") : null;
  }

  function destination(el) {
    return el.dataset.path || el.dataset.dimension;
  }

  function clear() {
    document.querySelectorAll(".book-drop").forEach(function (el) {
      el.classList.remove("book-drop");
    });
  }

  document.querySelectorAll("li.book-code[data-path]").forEach(function (li) {
    li.draggable = true;
    li.addEventListener("dragstart", function (event) {
      dragged = li.dataset.path;
      li.classList.add("book-dragged");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged);
    });
    li.addEventListener("dragend", function () {
      li.classList.remove("book-dragged");
      clear();
      dragged = null;
    });
  });

  document.addEventListener("dragover", function (event) {
    var el = target(event.target);
    if (!el || !dragged || destination(el) === dragged) {
      return;
    }
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = "move";
    clear();
    el.classList.add("book-drop");
  });

  document.addEventListener("dragleave", function (event) {
    var el = target(event.target);
    if (el && !el.contains(event.relatedTarget)) {
      el.classList.remove("book-drop");
    }
  });

  document.addEventListener("drop", function (event) {
    var el = target(event.target);
    var code = dragged || event.dataTransfer.getData("text/plain");
    if (!el || !code || destination(el) === code) {
      return;
    }
    event.preventDefault();
    clear();
    form.elements.code.value = code;
    form.elements.vers.value = destination(el);
    form.submit();
  });
})();
