// Redaction tool: drag rectangles over the page image; they are sent in the image's own pixels and the
// server blacks them out (java.awt) into a new PNG. Nothing is redacted in the browser.
(function () {
  var stage = document.getElementById('redact-stage');
  var img = document.getElementById('redact-image');
  var field = document.getElementById('redact-rectangles');
  var count = document.getElementById('redact-count');
  var undo = document.getElementById('redact-undo');
  var form = document.getElementById('redact-form');
  if (!stage || !img || !field) {
    return;
  }
  var rects = [];
  var start = null;
  var box = null;

  function scale() {
    return img.naturalWidth / img.clientWidth;
  }

  function point(event) {
    var r = img.getBoundingClientRect();
    return {
      x: Math.max(0, Math.min(r.width, event.clientX - r.left)),
      y: Math.max(0, Math.min(r.height, event.clientY - r.top))
    };
  }

  function place(el, a, b) {
    el.style.left = Math.min(a.x, b.x) + 'px';
    el.style.top = Math.min(a.y, b.y) + 'px';
    el.style.width = Math.abs(a.x - b.x) + 'px';
    el.style.height = Math.abs(a.y - b.y) + 'px';
  }

  function update() {
    var s = scale();
    field.value = rects.map(function (r) {
      return [r.x * s, r.y * s, r.w * s, r.h * s].map(function (n) { return Math.round(n); }).join(',');
    }).join(';');
    count.textContent = rects.length + ' vùng sẽ được che';
  }

  stage.addEventListener('pointerdown', function (event) {
    event.preventDefault();
    start = point(event);
    box = document.createElement('div');
    box.className = 'redact-box';
    stage.appendChild(box);
    place(box, start, start);
    stage.setPointerCapture(event.pointerId);
  });
  stage.addEventListener('pointermove', function (event) {
    if (start && box) {
      place(box, start, point(event));
    }
  });
  stage.addEventListener('pointerup', function (event) {
    if (!start || !box) {
      return;
    }
    var end = point(event);
    var r = {x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), w: Math.abs(start.x - end.x), h: Math.abs(start.y - end.y)};
    if (r.w < 3 || r.h < 3) {
      stage.removeChild(box);
    } else {
      r.el = box;
      rects.push(r);
    }
    start = null;
    box = null;
    update();
  });
  undo.addEventListener('click', function () {
    var r = rects.pop();
    if (r) {
      stage.removeChild(r.el);
      update();
    }
  });
  form.addEventListener('submit', function (event) {
    if (rects.length === 0) {
      event.preventDefault();
      count.textContent = 'Hãy đánh dấu ít nhất một vùng cần che.';
    }
  });
  update();
})();
