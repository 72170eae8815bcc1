/*
 * Score sheet page: the running weighted total, an immediate check of each score against the scale, and
 * autosave through the JSON API (PUT with If-Match, so a sheet changed elsewhere is never overwritten).
 * The page works without this script: the server checks every score again and re-renders its errors.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.sheet');
  if (!form) {
    return;
  }
  var editable = form.dataset.editable === 'true';
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[name^="score."]'));
  var version = form.querySelector('input[name="version"]');
  var status = document.getElementById('autosave-status');
  var AUTOSAVE_DELAY_MS = 1500;
  var timer = null;
  var inFlight = null;
  var dirty = false;

  /* Full-width digits and points, as Chinese input methods type them, read like the server reads them. */
  function normalise(text) {
    return text.trim().replace(/[\uFF10-\uFF19]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48);
    }).replace(/[\uFF0E\u3002]/g, '.').replace(/\uFF0D/g, '-');
  }

  function problemOf(input) {
    var text = normalise(input.value);
    if (text === '') {
      return null;
    }
    if (!/^-?\d{1,6}(\.\d{1,6})?$/.test(text)) {
      return form.dataset.msgNumber;
    }
    var value = Number(text);
    var min = Number(input.min);
    var max = Number(input.max);
    var step = Number(input.step);
    if (value < min || value > max) {
      return form.dataset.msgRange;
    }
    var steps = (value - min) / step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      return form.dataset.msgStep;
    }
    return null;
  }

  function check(input) {
    var box = document.getElementById(input.id + '-check');
    var problem = problemOf(input);
    if (box) {
      box.textContent = problem || '';
      box.hidden = !problem;
    }
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
    } else if (!input.closest('.has-error')) {
      input.removeAttribute('aria-invalid');
    }
    return problem;
  }

  function recompute() {
    var total = 0;
    var filled = 0;
    var subtotals = {};
    var complete = {};
    inputs.forEach(function (input) {
      var cap = input.dataset.capability;
      if (!(cap in subtotals)) {
        subtotals[cap] = 0;
        complete[cap] = true;
      }
      var text = normalise(input.value);
      if (text === '' || problemOf(input)) {
        complete[cap] = false;
        return;
      }
      var value = Number(text);
      filled++;
      total += value * Number(input.dataset.weight);
      subtotals[cap] += value * Number(input.dataset.within);
    });
    var out = document.getElementById('running-total');
    if (out) {
      out.textContent = filled === 0 ? '—' : total.toFixed(2);
    }
    var count = document.getElementById('filled-count');
    if (count) {
      count.textContent = count.textContent.replace(/\d+/, String(filled));
    }
    Object.keys(subtotals).forEach(function (cap) {
      var o = form.querySelector('output[data-subtotal-of="' + cap + '"]');
      if (o && !o.dataset.fixed) {
        o.textContent = complete[cap] ? subtotals[cap].toFixed(2) : '—';
      }
    });
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function body() {
    var items = {};
    inputs.forEach(function (input) {
      var code = input.name.substring('score.'.length);
      var text = normalise(input.value);
      var comment = form.querySelector('[name="comment.' + code + '"]');
      var item = {};
      if (text !== '') {
        item.score = Number(text);
      }
      if (comment && comment.value.trim() !== '') {
        item.comment = comment.value;
      }
      if (Object.keys(item).length > 0) {
        items[code] = item;
      }
    });
    var overall = form.querySelector('[name="overallComment"]');
    var sheet = { items: items };
    if (overall && overall.value.trim() !== '') {
      sheet.overallComment = overall.value;
    }
    return JSON.stringify(sheet);
  }

  function autosave() {
    timer = null;
    if (!dirty || inFlight) {
      return;
    }
    if (inputs.some(function (input) { return problemOf(input) !== null; })) {
      say(form.dataset.msgInvalid);
      return;
    }
    dirty = false;
    inFlight = fetch(form.dataset.autosaveUrl, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'If-Match': version.value },
      body: body()
    }).then(function (response) {
      if (response.ok) {
        var etag = response.headers.get('ETag');
        if (etag) {
          version.value = etag;
        }
        var now = new Date();
        say(form.dataset.msgSaved + ' ' + String(now.getHours()).padStart(2, '0') + ':'
          + String(now.getMinutes()).padStart(2, '0'));
      } else if (response.status === 412) {
        say(form.dataset.msgStale);
      } else if (response.status === 400) {
        say(form.dataset.msgInvalid);
      } else {
        say(form.dataset.msgFailed);
      }
    }).catch(function () {
      dirty = true;
      say(form.dataset.msgFailed);
    }).finally(function () {
      inFlight = null;
    });
  }

  function changed() {
    dirty = true;
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(autosave, AUTOSAVE_DELAY_MS);
  }

  inputs.forEach(function (input) {
    input.addEventListener('input', function () {
      check(input);
      recompute();
    });
  });
  recompute();

  if (!editable) {
    return;
  }
  form.addEventListener('input', changed);

  /* A save or submit waits for an autosave under way, so both carry the same, newest version. */
  form.addEventListener('submit', function (event) {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (inFlight) {
      event.preventDefault();
      var submitter = event.submitter;
      inFlight.then(function () {
        form.requestSubmit(submitter);
      });
    }
  });
})();
