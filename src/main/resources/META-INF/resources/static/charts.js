/*
 * Ranking page charts, drawn with the vendored Chart.js from the tables beside them: the tables are the data
 * (and what screen readers read), the charts only picture them. No animation, so the picture is complete at
 * once and the same on every load.
 */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  Chart.defaults.animation = false;
  Chart.defaults.font.family = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif';
  var COLOURS = ['#b0281a', '#0a58b0', '#1a7f37', '#8250df', '#bf8700', '#cf222e', '#1b7c83', '#57606a'];

  function number(text) {
    return text === '' || text === undefined ? null : Number(text);
  }

  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  function radar() {
    var canvas = document.getElementById('radar-chart');
    var table = document.getElementById('radar-data');
    if (!canvas || !table) {
      return null;
    }
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

    var chart = new Chart(canvas, {
      type: 'radar',
      data: { labels: labels, datasets: datasets() },
      options: {
        responsive: true,
        scales: { r: { min: number(canvas.dataset.min), max: number(canvas.dataset.max), ticks: { stepSize: 2 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    table.addEventListener('change', function (event) {
      if (event.target.matches('input[data-compare]')) {
        chart.data.datasets = datasets();
        chart.update();
      }
    });
    return chart;
  }

  function spread() {
    var canvas = document.getElementById('spread-chart');
    var table = document.getElementById('spread-data');
    if (!canvas || !table) {
      return null;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-code]'));
    var codes = rows.map(function (row) { return row.dataset.code; });
    var totals = [];
    rows.forEach(function (row) {
      row.dataset.totals.split(' ').forEach(function (t) {
        if (t !== '') {
          totals.push({ x: row.dataset.code, y: Number(t) });
        }
      });
    });
    return new Chart(canvas, {
      data: {
        labels: codes,
        datasets: [{
          type: 'bar',
          label: canvas.dataset.labelRange,
          data: rows.map(function (row) { return [Number(row.dataset.min), Number(row.dataset.max)]; }),
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
          data: rows.map(function (row) { return { x: row.dataset.code, y: Number(row.dataset.score) }; }),
          pointStyle: 'rectRot',
          pointRadius: 6,
          backgroundColor: COLOURS[0],
          order: 1
        }]
      },
      options: {
        responsive: true,
        scales: {
          x: { type: 'category', labels: codes },
          y: { min: number(canvas.dataset.min), max: number(canvas.dataset.max) }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  /* Kept on window for the browser tests and for anyone inspecting the page. */
  window.craftrankCharts = { radar: radar(), spread: spread() };
})();
