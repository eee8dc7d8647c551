// Front desk: Enter in the content box saves the visit (Shift+Enter for a new line).
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (event.key === 'Enter' && !event.shiftKey && target.classList && target.classList.contains('submit-on-enter')) {
    event.preventDefault();
    if (target.form) {
      target.form.requestSubmit();
    }
  }
});
