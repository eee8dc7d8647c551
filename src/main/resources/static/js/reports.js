// Report pages: the print button, the cross-checks (asked for after the figures), and the charts (trends by month, figures by unit) drawn with
// Chart.js from the page's own JSON endpoint (no inline script under the CSP).
(function () {
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // The cross-checks, asked for after the figures: at province scale they cost several times the
  // figures (issue 22). The answer is the server-rendered findings block; it replaces the placeholder.
  var findings = document.getElementById('findings');
  if (findings && findings.getAttribute('data-src')) {
    fetch(findings.getAttribute('data-src'), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var current = document.getElementById('findings');
        if (html === null) {
          current.setAttribute('data-loaded', 'failed');
          var waiting = document.getElementById('findings-loading');
          if (waiting) {
            waiting.textContent = current.getAttribute('data-failed');
          }
          return;
        }
        var box = document.createElement('div');
        box.innerHTML = html;
        var block = box.querySelector('#findings');
        if (block) {
          block.setAttribute('data-loaded', 'true');
          current.replaceWith(block);
        }
      });
  }

  var holder = document.getElementById('charts');
  if (!holder || typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#8b1a1a', '#1f5f8b', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f'];

  function datasets(list, fill) {
    return list.map(function (d, i) {
      return {label: d.label, data: d.data, borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length], fill: false, tension: 0.2};
    });
  }

  function draw(id, type, labels, sets, title) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: type,
      data: {labels: labels, datasets: datasets(sets)},
      options: {responsive: true, animation: false,
        plugins: {title: {display: true, text: title}, legend: {position: 'bottom'}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }

  fetch(holder.getAttribute('data-src'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) {
        return;
      }
      draw('chart-month', 'line', data.months, data.byMonth, holder.getAttribute('data-month-title'));
      draw('chart-unit', 'bar', data.units, data.byUnit, holder.getAttribute('data-unit-title'));
      holder.setAttribute('data-drawn', 'true');
    });
})();
