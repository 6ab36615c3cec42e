// Documents: a passage selected inside one segment becomes the segment's id and its [début, fin)
// offsets, in UTF-16 units of the text shown (Java chars, as the server counts). Offsets are sent
// only when the text shown is the stored one (data-exact="oui"); in pseudonymised text the whole
// segment is coded. « Coder ce segment » chooses a whole segment without selecting.
"use strict";
(function () {
  var form = document.getElementById("coder");
  if (!form) {
    return;
  }
  var segment = document.getElementById("coder-segment");
  var start = document.getElementById("coder-debut");
  var end = document.getElementById("coder-fin");
  var memoSegment = document.getElementById("memo-segment");
  var status = document.getElementById("selection");

  function choose(id, from, to, words) {
    segment.value = id;
    memoSegment.value = id;
    start.value = from === null ? "" : String(from);
    end.value = to === null ? "" : String(to);
    document.querySelectorAll(".segment.chosen").forEach(function (s) { s.classList.remove("chosen"); });
    var article = document.getElementById("segment-" + id);
    if (article) {
      article.classList.add("chosen");
    }
    status.textContent = words;
  }

  function offset(text, node, at) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, at);
    return range.toString().length;
  }

  document.addEventListener("selectionchange", function () {
    var selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var range = selection.getRangeAt(0);
    var first = range.startContainer.parentElement && range.startContainer.parentElement.closest(".text[data-segment]");
    var last = range.endContainer.parentElement && range.endContainer.parentElement.closest(".text[data-segment]");
    if (!first && !last) {
      return;
    }
    if (first !== last) {
      status.textContent = "Choisissez un passage à l'intérieur d'un seul segment.";
      segment.value = "";
      start.value = "";
      end.value = "";
      return;
    }
    var id = first.dataset.segment;
    if (first.dataset.exact !== "oui") {
      choose(id, null, null, "Segment entier choisi : dans le texte pseudonymisé, le code s'applique à tout le segment.");
      return;
    }
    var from = offset(first, range.startContainer, range.startOffset);
    var to = offset(first, range.endContainer, range.endOffset);
    var words = range.toString();
    choose(id, from, to, "Passage choisi : « " + (words.length > 80 ? words.substring(0, 80) + "…" : words) + " »");
  });

  document.querySelectorAll("[data-choose]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      choose(link.dataset.choose, null, null, "Segment entier choisi.");
      var box = form.querySelector("input[type=checkbox]");
      if (box) {
        box.focus();
      }
    });
  });
})();
