/*
 * Behaviour every page shares, loaded by the layout.
 *
 * 1. No second post on reload. A page that answers a form post (an error beside a field, a refusal, a preview)
 *    has data-posted on its body; its history entry is turned back into the page the form was on, so reloading
 *    shows that page again (GET) instead of asking to post the form a second time. The score sheet keeps what
 *    was typed in the browser (scoring.js) and offers it back.
 * 2. Busy state. While a form's post is under way its button says so (worded by the page, data-msg-busy), the
 *    form is aria-busy, and a second click is ignored, so a long action (the formal review of 270 candidates,
 *    an automatic assignment) is neither started twice nor looks dead.
 * 3. Characters that cannot be stored. The server refuses a form with a control character (other than tab and
 *    line breaks) or an unpaired surrogate in any text field and stores nothing (web/FormTextFilter, the same
 *    rule as common/text/TextRules). Here that rule is checked before the post: the field is marked, the page's
 *    own sentence (data-msg-text-control, data-msg-text-surrogate) stands beside it, and what was typed stays on
 *    the page. The server's refusal page remains for a browser without this script.
 * 4. Counters. A text field with data-max shows how many characters are left in the element named by its
 *    data-counter (worded by the page: data-msg-left and data-msg-over with %1), and over the limit how many too
 *    many. Nothing is ever cut: the field has no maxlength (a browser silently cuts pasted text at it); the server
 *    refuses a text over its limit and gives it back as typed.
 */
(function () {
  'use strict';
  var FORM_PAGE = 'craftrank.formPage';
  var body = document.body;

  function store(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (e) {
      /* storage refused (private mode): reloading may then ask to post again, nothing worse */
    }
  }

  function stored(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  if (body.hasAttribute('data-posted') && window.history.replaceState) {
    var formPage = stored(FORM_PAGE);
    if (formPage) {
      var url = new URL(formPage, window.location.href);
      if (url.origin === window.location.origin) {
        window.history.replaceState(null, '', url.pathname + url.search + url.hash);
      }
    }
  }

  var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
  var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  var TEXT_FIELDS = 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], '
      + 'input[type="tel"], input[type="url"]';
  var textProblems = 0;

  function textProblemOf(value) {
    if (LONE_SURROGATE.test(value)) {
      return body.dataset.msgTextSurrogate;
    }
    return CONTROL.test(value) ? body.dataset.msgTextControl : null;
  }

  /* The sentence beside the field (after it), tied to it by aria-describedby; null takes it away again. */
  function showTextProblem(field, message) {
    if (!field.id) {
      field.id = 'text-field-' + (++textProblems);
    }
    var id = field.id + '-text-problem';
    var shown = document.getElementById(id);
    var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (d) {
      return d && d !== id;
    });
    if (!message) {
      if (shown) {
        shown.parentNode.removeChild(shown);
        field.removeAttribute('data-text-problem');
        if (described.length) {
          field.setAttribute('aria-describedby', described.join(' '));
        } else {
          field.removeAttribute('aria-describedby');
        }
        if (!field.closest('.has-error')) {
          field.removeAttribute('aria-invalid');
        }
      }
      return;
    }
    if (!shown) {
      shown = document.createElement('p');
      shown.id = id;
      shown.className = 'field-error';
      field.insertAdjacentElement('afterend', shown);
    }
    shown.textContent = message;
    field.setAttribute('data-text-problem', '');
    field.setAttribute('aria-invalid', 'true');
    described.push(id);
    field.setAttribute('aria-describedby', described.join(' '));
  }

  /* Capturing, so it runs before any page script that holds a post back and sends it later. */
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') {
      return;
    }
    var first = null;
    Array.prototype.forEach.call(form.querySelectorAll(TEXT_FIELDS), function (field) {
      var message = field.disabled ? null : textProblemOf(field.value);
      showTextProblem(field, message);
      if (message && !first) {
        first = field;
      }
    });
    if (first) {
      event.preventDefault();
      event.stopImmediatePropagation();
      first.focus();
      first.scrollIntoView({ block: 'center' });
    }
  }, true);

  /* A marked field loses its sentence as soon as it can be stored again. */
  document.addEventListener('input', function (event) {
    var field = event.target;
    if (field && field.hasAttribute && field.hasAttribute('data-text-problem') && !textProblemOf(field.value)) {
      showTextProblem(field, null);
    }
  });

  function release(form) {
    delete form.dataset.busy;
    form.removeAttribute('aria-busy');
    Array.prototype.forEach.call(form.querySelectorAll('button[data-idle-label]'), function (button) {
      button.textContent = button.dataset.idleLabel;
      delete button.dataset.idleLabel;
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') {
      return;
    }
    if (form.dataset.busy) {
      event.preventDefault(); /* a second click while the first post runs */
      return;
    }
    if (event.defaultPrevented) {
      return; /* another script holds the post back (the sheet waits for its autosave) and sends it later */
    }
    store(FORM_PAGE, window.location.href);
    form.dataset.busy = '1';
    form.setAttribute('aria-busy', 'true');
    var button = event.submitter;
    if (button && button.tagName === 'BUTTON' && body.dataset.msgBusy) {
      button.dataset.idleLabel = button.textContent;
      button.textContent = body.dataset.msgBusy; /* the label only: the button's name and value still post */
    }
  });

  /* Back to a page kept by the browser's cache: its forms are idle again. */
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      Array.prototype.forEach.call(document.querySelectorAll('form[data-busy]'), release);
    }
  });

  function count(field) {
    var counter = document.getElementById(field.dataset.counter);
    if (!counter || !counter.dataset.msgLeft || !counter.dataset.msgOver) {
      return;
    }
    var max = parseInt(field.dataset.max, 10);
    var used = Array.from(field.value).length; /* characters as the server counts them (code points) */
    counter.textContent = used > max ? counter.dataset.msgOver.replace('%1', String(used - max))
      : counter.dataset.msgLeft.replace('%1', String(max - used));
    counter.classList.toggle('over', used > max);
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-max][data-counter]'), function (field) {
    count(field);
    field.addEventListener('input', function () {
      count(field);
    });
  });
})();
