/*
 * Ranking page charts, drawn with the vendored Chart.js from the tables beside them: the tables are the data
 * (and what screen readers read), the charts only picture them. No animation, so the picture is complete at
 * once and the same on every load.
 *
 * At national scale (hundreds of candidates) a chart of everyone is a solid band: the spread chart shows a
 * window of the ranking (thirty by default, pageable, or all), and both charts fit their value axis to the
 * candidates shown so that close scores stand apart; the range chosen is stated in words under each chart.
 * The shortlist's places line is drawn on the spread chart where it falls inside the window.
 */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  Chart.defaults.animation = false;
  Chart.defaults.font.family = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif';
  var COLOURS = ['#b0281a', '#0a58b0', '#1a7f37', '#8250df', '#bf8700', '#cf222e', '#1b7c83', '#57606a'];
  var CUT_COLOUR = '#b0281a';

  function number(text) {
    return text === '' || text === undefined ? null : Number(text);
  }

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  /*
   * Fills a worded template from the bundles: the page rendered it with '%1', '%2'… where the values go (numbered,
   * so that no placeholder reads as a word on a Chinese page).
   */
  function word(template, values) {
    return values.reduce(function (text, value, i) {
      return text.split('%' + (i + 1)).join(value);
    }, template || '');
  }

  /* Shortest decimal for an axis bound (no float noise such as 6.499999999). */
  function shown(value) {
    return String(Math.round(value * 100) / 100);
  }

  /*
   * An axis range around [low, high] inside the scale [min, max]: a margin of a tenth of the spread (at least a
   * quarter point) on each side, rounded outwards to half points, so neighbours differ visibly and the bounds
   * read as round numbers.
   */
  function fitted(low, high, min, max) {
    if (low === null || high === null) {
      return { min: min, max: max };
    }
    var margin = Math.max((high - low) / 10, 0.25);
    return {
      min: Math.max(min, Math.floor((low - margin) * 2) / 2),
      max: Math.min(max, Math.ceil((high + margin) * 2) / 2)
    };
  }

  function radar() {
    var canvas = document.getElementById('radar-chart');
    var table = document.getElementById('radar-data');
    if (!canvas || !table) {
      return null;
    }
    var axisText = document.getElementById('radar-axis');
    var scaleMin = number(canvas.dataset.min);
    var scaleMax = number(canvas.dataset.max);
    var labels = Array.prototype.map.call(table.querySelectorAll('thead th[data-capability]'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-code]'));

    function datasets() {
      var chosen = rows.filter(function (row) {
        return row.querySelector('input[data-compare]').checked;
      });
      return chosen.map(function (row, i) {
        var colour = COLOURS[i % COLOURS.length];
        return {
          label: row.dataset.code,
          data: Array.prototype.map.call(row.querySelectorAll('td[data-value]'), function (td) {
            return number(td.dataset.value);
          }),
          borderColor: colour,
          backgroundColor: alpha(colour, 0.15),
          pointBackgroundColor: colour
        };
      });
    }

    /* The radial axis starts a little below the lowest score shown and ends at the scale's top. */
    function axis(sets) {
      var values = [];
      sets.forEach(function (set) {
        set.data.forEach(function (v) {
          if (v !== null) {
            values.push(v);
          }
        });
      });
      var range = values.length === 0 ? { min: scaleMin, max: scaleMax }
        : { min: fitted(Math.min.apply(null, values), scaleMax, scaleMin, scaleMax).min, max: scaleMax };
      if (axisText) {
        axisText.textContent = word(canvas.dataset.msgAxis, [shown(range.min), shown(range.max)]);
      }
      return range;
    }

    var sets = datasets();
    var range = axis(sets);
    var chart = new Chart(canvas, {
      type: 'radar',
      data: { labels: labels, datasets: sets },
      options: {
        responsive: true,
        scales: { r: { min: range.min, max: range.max } },
        plugins: { legend: { display: true, position: 'bottom' } }
      }
    });
    table.addEventListener('change', function (event) {
      if (event.target.matches('input[data-compare]')) {
        chart.data.datasets = datasets();
        var r = axis(chart.data.datasets);
        chart.options.scales.r.min = r.min;
        chart.options.scales.r.max = r.max;
        chart.update();
      }
    });
    return chart;
  }

  /* Draws the places line between the last candidate inside the places and the first outside, when shown. */
  var placesLine = {
    id: 'placesLine',
    afterDatasetsDraw: function (chart, args, options) {
      if (!options.after) {
        return;
      }
      var x = chart.scales.x;
      var index = options.after - 1 - options.offset; /* last category inside the places, in the window */
      if (index < 0 || index >= x.ticks.length) {
        return;
      }
      var here = x.getPixelForValue(index);
      var next = index + 1 < x.ticks.length ? x.getPixelForValue(index + 1) : x.right;
      var at = (here + next) / 2;
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = CUT_COLOUR;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(at, chart.chartArea.top);
      ctx.lineTo(at, chart.chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = CUT_COLOUR;
      ctx.font = '12px ' + Chart.defaults.font.family;
      ctx.textAlign = at > (chart.chartArea.left + chart.chartArea.right) / 2 ? 'right' : 'left';
      ctx.fillText(options.label, at + (ctx.textAlign === 'left' ? 4 : -4), chart.chartArea.top + 12);
      ctx.restore();
    }
  };

  function spread() {
    var canvas = document.getElementById('spread-chart');
    var table = document.getElementById('spread-data');
    if (!canvas || !table) {
      return null;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-code]'));
    var controls = document.getElementById('spread-controls');
    var windowText = document.getElementById('spread-window');
    var sizeChoice = document.getElementById('spread-size');
    var axisText = document.getElementById('spread-axis');
    var scaleMin = number(canvas.dataset.min);
    var scaleMax = number(canvas.dataset.max);
    var cut = canvas.dataset.cut ? Number(canvas.dataset.cut) : null;
    var state = { start: 0, size: Number(canvas.dataset.window) || rows.length };

    function shownRows() {
      var size = state.size === 0 ? rows.length : state.size;
      return rows.slice(state.start, state.start + size);
    }

    function data(part) {
      var totals = [];
      part.forEach(function (row) {
        row.dataset.totals.split(' ').forEach(function (t) {
          if (t !== '') {
            totals.push({ x: row.dataset.code, y: Number(t) });
          }
        });
      });
      var legendOnly = cut === null ? [] : [{
        type: 'line', label: canvas.dataset.labelCut, data: [], borderColor: CUT_COLOUR, borderDash: [6, 4],
        borderWidth: 2, pointRadius: 0
      }];
      return {
        labels: part.map(function (row) { return row.dataset.code; }),
        datasets: [{
          type: 'bar',
          label: canvas.dataset.labelRange,
          data: part.map(function (row) { return [Number(row.dataset.min), Number(row.dataset.max)]; }),
          backgroundColor: alpha(COLOURS[1], 0.25),
          borderColor: COLOURS[1],
          borderWidth: 1,
          order: 3
        }, {
          type: 'scatter',
          label: canvas.dataset.labelTotals,
          data: totals,
          pointRadius: 3,
          backgroundColor: COLOURS[7],
          order: 2
        }, {
          type: 'scatter',
          label: canvas.dataset.labelScore,
          data: part.map(function (row) { return { x: row.dataset.code, y: Number(row.dataset.score) }; }),
          pointStyle: 'rectRot',
          pointRadius: 6,
          backgroundColor: COLOURS[0],
          order: 1
        }].concat(legendOnly)
      };
    }

    function axis(part) {
      var lows = part.map(function (row) { return Number(row.dataset.min); });
      var highs = part.map(function (row) { return Number(row.dataset.max); });
      var range = part.length === 0 ? { min: scaleMin, max: scaleMax }
        : fitted(Math.min.apply(null, lows), Math.max.apply(null, highs), scaleMin, scaleMax);
      if (axisText) {
        axisText.textContent = word(canvas.dataset.msgAxis, [shown(range.min), shown(range.max)]);
      }
      return range;
    }

    function describe(part) {
      if (windowText) {
        windowText.textContent = word(canvas.dataset.msgWindow,
          [part.length === 0 ? 0 : state.start + 1, state.start + part.length, rows.length]);
      }
      if (controls) {
        controls.querySelector('[data-page="-1"]').disabled = state.start === 0;
        controls.querySelector('[data-page="1"]').disabled = state.start + part.length >= rows.length;
      }
    }

    var part = shownRows();
    var range = axis(part);
    describe(part);
    var chart = new Chart(canvas, {
      data: data(part),
      plugins: [placesLine],
      options: {
        responsive: true,
        scales: {
          x: { type: 'category', ticks: { autoSkip: false, maxRotation: 90, minRotation: 45 } },
          y: { min: range.min, max: range.max }
        },
        plugins: {
          /* In the order the datasets are declared (range, totals, score, line), not their drawing order. */
          legend: { display: true, position: 'bottom',
            labels: { sort: function (a, b) { return a.datasetIndex - b.datasetIndex; } } },
          placesLine: { after: cut, offset: state.start, label: canvas.dataset.labelCut }
        }
      }
    });

    function redraw() {
      var shownPart = shownRows();
      var r = axis(shownPart);
      describe(shownPart);
      chart.data = data(shownPart);
      chart.options.scales.y.min = r.min;
      chart.options.scales.y.max = r.max;
      chart.options.plugins.placesLine.offset = state.start;
      chart.update();
    }

    if (controls && rows.length > state.size) {
      controls.hidden = false;
      controls.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-page]');
        if (!button || state.size === 0) {
          return;
        }
        var next = state.start + Number(button.dataset.page) * state.size;
        state.start = Math.max(0, Math.min(next, rows.length - 1));
        redraw();
      });
      sizeChoice.addEventListener('change', function () {
        state.size = Number(sizeChoice.value);
        state.start = state.size === 0 ? 0 : Math.floor(state.start / state.size) * state.size;
        redraw();
      });
    }
    return chart;
  }

  /* Kept on window for the browser tests and for anyone inspecting the page. */
  window.craftrankCharts = { radar: radar(), spread: spread() };
})();
