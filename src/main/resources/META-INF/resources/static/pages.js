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
 * 3. Counters. A text field with data-max shows how many characters are left in the element named by its
 *    data-counter (worded by the page: data-msg-left and data-msg-over with %1), and over the limit how many too
 *    many. Nothing is
 *    ever cut: the field has no maxlength (a browser silently cuts pasted text at it); the server refuses a text
 *    over its limit and gives it back as typed.
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
