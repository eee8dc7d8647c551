// Home page: the cards' charts, drawn with Chart.js from each canvas's data-chart attribute
// (JSON written by the server; no inline script under the CSP).
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#8b1a1a', '#1f5f8b', '#2e7d32', '#b26a00', '#6a1b9a', '#00838f'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var chart = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, {
      type: chart.type,
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (s, i) {
          return {label: s.label, data: s.values, borderColor: colours[i % colours.length],
            backgroundColor: colours[i % colours.length], fill: false, tension: 0.2};
        })
      },
      options: {responsive: true, animation: false, maintainAspectRatio: true, aspectRatio: 2,
        plugins: {legend: {display: chart.series.length > 1, position: 'bottom'}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
    canvas.setAttribute('data-drawn', 'true');
  });
})();
