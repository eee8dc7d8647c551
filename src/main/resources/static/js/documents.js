// Upload progress of the legacy register import (htmx reports XHR progress).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('import-progress');
  if (bar && event.detail.lengthComputable) {
    bar.classList.remove('d-none');
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});
