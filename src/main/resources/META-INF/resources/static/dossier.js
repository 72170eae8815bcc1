/*
 * The dossier page: a live character counter under each text section. It counts characters as the server does
 * (code points of the text without leading and trailing blanks) and says when the text is over the section's
 * limit; the text is never cut, and the server refuses an over-long text beside the field all the same.
 */
(function () {
  'use strict';

  function length(text) {
    return Array.from(text.trim()).length;
  }

  document.querySelectorAll('textarea[data-max-chars]').forEach(function (area) {
    var max = parseInt(area.getAttribute('data-max-chars'), 10);
    var counter = document.getElementById(area.id + '-count');
    if (!counter || isNaN(max)) {
      return;
    }
    var count = counter.querySelector('.count');
    var note = counter.querySelector('.over-note');
    var over = counter.getAttribute('data-msg-over');
    function update() {
      var n = length(area.value);
      count.textContent = String(n);
      var isOver = n > max;
      counter.classList.toggle('over', isOver);
      note.textContent = isOver ? (counter.getAttribute('data-separator') || ' ') + over : '';
      if (isOver) {
        area.setAttribute('aria-invalid', 'true');
      } else if (!area.closest('.has-error')) {
        area.removeAttribute('aria-invalid');
      }
    }
    area.addEventListener('input', update);
    update();
  });
}());
