/*
 * Score sheet page: the running weighted total and the count of scored items in a bar that stays at the bottom
 * of the screen, an immediate check of each score against the scale, +/- buttons for fingers, autosave through
 * the JSON API (PUT with If-Match, so a sheet changed elsewhere is never overwritten), and a copy of what was
 * typed kept in this browser (localStorage) until the server confirms it, offered back after a sign-in.
 * The page works without this script: the server checks every score again and re-renders its errors.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.sheet');
  if (!form) {
    return;
  }
  var data = form.dataset;
  var editable = data.editable === 'true';
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[name^="score."]'));
  var version = form.querySelector('input[name="version"]');
  var status = document.getElementById('autosave-status');
  var AUTOSAVE_DELAY_MS = 1500;
  var timer = null;
  var inFlight = null;
  var dirty = false;
  var edits = 0;
  var offerPending = false;
  var SCALE = { min: Number(data.scaleMin), max: Number(data.scaleMax), step: Number(data.scaleStep) };
  var STEP_DECIMALS = (String(data.scaleStep).split('.')[1] || '').length;

  /* On a narrow screen the materials fold away at first, so the scores come first; the summary opens them. */
  var panel = document.getElementById('materials-panel');
  if (panel && window.matchMedia && window.matchMedia('(max-width: 60rem)').matches) {
    panel.open = false;
  }

  /*
   * Full-width digits and points, as Chinese input methods type them, read like the server reads them; a decimal
   * comma ("8,5", "8，5") is read as a point, so it never becomes 85.
   */
  function normalise(text) {
    var t = text.trim().replace(/[\uFF10-\uFF19]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48);
    }).replace(/[\uFF0E\u3002]/g, '.').replace(/[\uFF0D\u2212]/g, '-');
    if (/^-?\d+[,\uFF0C]\d+$/.test(t)) {
      t = t.replace(/[,\uFF0C]/, '.');
    }
    return t;
  }

  function problemOf(input) {
    var text = normalise(input.value);
    if (text === '') {
      return null;
    }
    if (!/^-?\d{1,6}(\.\d{1,6})?$/.test(text)) {
      return data.msgNumber;
    }
    var value = Number(text);
    if (value < SCALE.min || value > SCALE.max) {
      return data.msgRange;
    }
    var steps = (value - SCALE.min) / SCALE.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      return data.msgStep;
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

  /* What the server will read: "8,5" and "８.５" are written back as "8.5" once the field is left. */
  function canonical(input) {
    var text = normalise(input.value);
    if (text !== input.value && problemOf(input) !== data.msgNumber) {
      input.value = text;
    }
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

  /* One step up or down on the scale; an empty or unreadable field starts from the middle of the scale. */
  function stepped(input, direction) {
    var text = normalise(input.value);
    var steps;
    if (text === '' || problemOf(input) === data.msgNumber) {
      steps = Math.round((SCALE.max - SCALE.min) / SCALE.step / 2);
    } else {
      steps = Math.round((Number(text) - SCALE.min) / SCALE.step) + direction;
    }
    var value = Math.min(SCALE.max, Math.max(SCALE.min, SCALE.min + steps * SCALE.step));
    return String(Number(value.toFixed(STEP_DECIMALS))); // "5", "5.5": as one would type it
  }

  function addSteppers(input) {
    var holder = document.createElement('span');
    holder.className = 'stepper';
    input.parentNode.insertBefore(holder, input);
    [[-1, data.msgStepDown, '\u2212'], [1, data.msgStepUp, '+']].forEach(function (spec, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'step';
      button.dataset.step = String(spec[0]);
      button.setAttribute('aria-label', spec[1] + ' \u00B7 ' + input.name.substring('score.'.length));
      button.setAttribute('aria-controls', input.id);
      button.textContent = spec[2];
      button.addEventListener('click', function () {
        input.value = stepped(input, spec[0]);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      if (index === 0) {
        holder.appendChild(button);
        holder.appendChild(input);
      } else {
        holder.appendChild(button);
      }
    });
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  /* ---- What was typed, kept in this browser until the server has it ---- */

  function snapshot() {
    var content = { scores: {}, comments: {}, overall: '' };
    inputs.forEach(function (input) {
      var code = input.name.substring('score.'.length);
      content.scores[code] = input.value;
      var comment = form.querySelector('[name="comment.' + code + '"]');
      content.comments[code] = comment ? comment.value : '';
    });
    var overall = form.querySelector('[name="overallComment"]');
    content.overall = overall ? overall.value : '';
    return content;
  }

  function sameContent(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function readDraft() {
    try {
      var text = window.localStorage.getItem(data.draftKey);
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  function writeDraft(content) {
    try {
      window.localStorage.setItem(data.draftKey, JSON.stringify({
        version: version ? version.value : '', keptAt: new Date().toISOString(), content: content
      }));
    } catch (e) {
      /* storage full or forbidden: autosave and the form still work */
    }
  }

  function dropDraft() {
    try {
      window.localStorage.removeItem(data.draftKey);
    } catch (e) {
      /* nothing kept */
    }
  }

  function keepDraft() {
    if (editable && !offerPending) {
      writeDraft(snapshot());
    }
  }

  function apply(content) {
    inputs.forEach(function (input) {
      var code = input.name.substring('score.'.length);
      if (content.scores && code in content.scores) {
        input.value = content.scores[code];
      }
      var comment = form.querySelector('[name="comment.' + code + '"]');
      if (comment && content.comments && code in content.comments) {
        comment.value = content.comments[code];
      }
      check(input);
    });
    var overall = form.querySelector('[name="overallComment"]');
    if (overall && typeof content.overall === 'string') {
      overall.value = content.overall;
    }
    recompute();
  }

  function button(text, handler) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', handler);
    return b;
  }

  function offer(draft) {
    var box = document.getElementById('draft-offer');
    if (!box) {
      return;
    }
    offerPending = true;
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = data.msgDraftFound + (draft.version && version && draft.version !== version.value
      ? ' ' + data.msgDraftChanged : '');
    box.appendChild(p);
    var actions = document.createElement('div');
    actions.className = 'actions';
    var restore = button(data.msgDraftRestore, function () {
      offerPending = false;
      apply(draft.content);
      writeDraft(draft.content);
      box.textContent = '';
      var done = document.createElement('p');
      done.textContent = data.msgDraftRestored;
      box.appendChild(done);
      box.setAttribute('role', 'status');
      changed();
    });
    restore.id = 'draft-restore';
    restore.className = 'primary';
    var discard = button(data.msgDraftDiscard, function () {
      offerPending = false;
      dropDraft();
      box.hidden = true;
    });
    discard.id = 'draft-discard';
    actions.appendChild(restore);
    actions.appendChild(discard);
    box.appendChild(actions);
    box.hidden = false;
  }

  function sessionEnded() {
    var box = document.getElementById('session-expired');
    if (!box || !box.hidden) {
      return;
    }
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = data.msgExpired;
    var link = document.createElement('a');
    link.className = 'button primary';
    link.id = 'sign-in-again';
    link.href = '/login?expired=1&next=' + encodeURIComponent(window.location.pathname);
    link.textContent = data.msgSignIn;
    box.appendChild(p);
    box.appendChild(link);
    box.hidden = false;
    say('');
  }

  /* ---- Autosave ---- */

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
      say(data.msgInvalid);
      return;
    }
    dirty = false;
    var sentAt = edits;
    inFlight = fetch(data.autosaveUrl, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'If-Match': version.value, 'Accept': 'application/json' },
      body: body()
    }).then(function (response) {
      if (response.ok) {
        var etag = response.headers.get('ETag');
        if (etag) {
          version.value = etag;
        }
        // The server has it: the browser's copy is needed only for what was typed after this save began.
        if (edits === sentAt && !offerPending) {
          dropDraft();
        } else {
          keepDraft();
        }
        var now = new Date();
        say(data.msgSaved + ' ' + String(now.getHours()).padStart(2, '0') + ':'
          + String(now.getMinutes()).padStart(2, '0'));
      } else if (response.status === 401) {
        dirty = true;
        sessionEnded();
      } else if (response.status === 412) {
        say(data.msgStale);
      } else if (response.status === 400) {
        say(data.msgInvalid);
      } else {
        say(data.msgFailed);
      }
    }).catch(function () {
      dirty = true;
      say(data.msgFailed);
    }).finally(function () {
      inFlight = null;
    });
  }

  function changed() {
    dirty = true;
    edits++;
    keepDraft();
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
    input.addEventListener('change', function () {
      canonical(input);
    });
  });
  recompute();

  if (!editable) {
    if (document.getElementById('submitted-total')) {
      dropDraft(); // submitted: the server holds the final sheet
    }
    return;
  }
  inputs.forEach(addSteppers);
  form.addEventListener('input', changed);

  var kept = readDraft();
  if (kept && kept.content && !sameContent(kept.content, snapshot())) {
    offer(kept);
  } else if (kept) {
    writeDraft(snapshot()); // the page already shows it; keep it under the page's version
  }

  /* The page scrolls fields into view above the bar, whatever height the bar has on this screen. */
  var bar = document.getElementById('sheet-bar');
  if (bar && window.ResizeObserver) {
    new ResizeObserver(function () {
      document.documentElement.style.scrollPaddingBottom = (bar.offsetHeight + 16) + 'px';
    }).observe(bar);
  }

  /* A save or submit waits for an autosave under way, so both carry the same, newest version. */
  form.addEventListener('submit', function (event) {
    inputs.forEach(canonical);
    keepDraft();
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
