/*
 * The evidence viewer beside the score form. A PDF link (a.view-pdf) opens the document in the viewer panel at
 * the top of the materials column (a full-screen panel on phones) instead of a new tab: PDF.js, vendored under
 * /static/pdfjs/ and loaded only when a first PDF is opened, renders one page at a time to the panel's width.
 * The bytes come from the dossier API's download, which checks access, audits the read and watermarks an
 * expert's copy. Without JavaScript (or if PDF.js fails) the link still opens the PDF in the browser.
 */
(function () {
  'use strict';
  var viewer = document.getElementById('evidence-viewer');
  if (!viewer) {
    return;
  }
  var canvas = document.getElementById('viewer-canvas');
  var box = document.getElementById('viewer-box');
  var status = document.getElementById('viewer-status');
  var pageOut = document.getElementById('viewer-page');
  var pagesOut = document.getElementById('viewer-pages');
  var nameOut = document.getElementById('viewer-name');
  var download = document.getElementById('viewer-download');
  var prev = document.getElementById('viewer-prev');
  var next = document.getElementById('viewer-next');
  var close = document.getElementById('viewer-close');
  var library = null;
  var current = null;     // the open PDFDocumentProxy
  var task = null;        // its loading task, which is what frees the worker's copy
  var pageNumber = 1;
  var rendering = null;   // the render task under way
  var opener = null;      // the link that opened the viewer, focused again on close
  var loadSeq = 0;

  function pdfjs() {
    if (!library) {
      library = import(viewer.getAttribute('data-pdfjs')).then(function (lib) {
        lib.GlobalWorkerOptions.workerSrc = viewer.getAttribute('data-pdfjs-worker');
        return lib;
      });
    }
    return library;
  }

  function say(text) {
    status.textContent = text || '';
  }

  function renderPage() {
    if (!current) {
      return;
    }
    var seq = loadSeq;
    pageOut.textContent = String(pageNumber);
    prev.disabled = pageNumber <= 1;
    next.disabled = pageNumber >= current.numPages;
    current.getPage(pageNumber).then(function (page) {
      if (seq !== loadSeq) {
        return;
      }
      var width = Math.max(200, box.clientWidth - 4);
      var unscaled = page.getViewport({ scale: 1 });
      var scale = width / unscaled.width;
      var ratio = window.devicePixelRatio || 1;
      var viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = Math.floor(viewport.width / ratio) + 'px';
      canvas.style.height = Math.floor(viewport.height / ratio) + 'px';
      if (rendering) {
        rendering.cancel();
      }
      rendering = page.render({ canvas: canvas, canvasContext: canvas.getContext('2d'), viewport: viewport });
      return rendering.promise.then(function () {
        rendering = null;
        viewer.setAttribute('data-rendered', String(pageNumber));
        say('');
      });
    }).catch(function (e) {
      if (e && e.name === 'RenderingCancelledException') {
        return;
      }
      say(viewer.getAttribute('data-msg-failed'));
    });
  }

  function open(link) {
    opener = link;
    var seq = ++loadSeq;
    viewer.hidden = false;
    viewer.removeAttribute('data-rendered');
    document.body.classList.add('viewer-open');
    nameOut.textContent = link.getAttribute('data-label') || '';
    download.href = link.getAttribute('href');
    pageOut.textContent = '0';
    pagesOut.textContent = '0';
    canvas.width = 0;
    canvas.height = 0;
    say(viewer.getAttribute('data-msg-loading'));
    close.focus();
    release();
    pdfjs().then(function (lib) {
      if (seq !== loadSeq) {
        return null;
      }
      task = lib.getDocument({
        url: link.getAttribute('href'),
        withCredentials: true,
        isEvalSupported: false,
        disableRange: true,
        disableStream: true,
        cMapUrl: viewer.getAttribute('data-cmaps'),
        cMapPacked: true
      });
      return task.promise;
    }).then(function (doc) {
      if (!doc || seq !== loadSeq) {
        return;
      }
      current = doc;
      pageNumber = 1;
      pagesOut.textContent = String(doc.numPages);
      renderPage();
    }).catch(function () {
      if (seq === loadSeq) {
        say(viewer.getAttribute('data-msg-failed'));
      }
    });
  }

  function release() {
    current = null;
    if (task) {
      task.destroy();
      task = null;
    }
  }

  function hide() {
    loadSeq++;
    viewer.hidden = true;
    document.body.classList.remove('viewer-open');
    release();
    if (opener) {
      opener.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.view-pdf') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    open(link);
  });
  prev.addEventListener('click', function () {
    if (current && pageNumber > 1) {
      pageNumber--;
      renderPage();
    }
  });
  next.addEventListener('click', function () {
    if (current && pageNumber < current.numPages) {
      pageNumber++;
      renderPage();
    }
  });
  close.addEventListener('click', hide);
  viewer.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hide();
    }
  });
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(renderPage, 200);
  });
}());
