// On a phone the sections are one row that scrolls sideways: bring the current one into view,
// centred, without moving the page itself (a page the browser scrolled back to stays where it was).
// Again when the width changes (a phone turned, a window narrowed), since the row may only then overflow.
(function () {
  var current = document.querySelector('.sections a[aria-current="page"]');
  if (!current) {
    return;
  }
  var row = current.closest('ul');
  function centre() {
    if (row.scrollWidth <= row.clientWidth) {
      return;
    }
    var shown = row.getBoundingClientRect();
    var item = current.getBoundingClientRect();
    row.scrollBy({ left: item.left - shown.left - (shown.width - item.width) / 2 });
  }
  centre();
  var width = window.innerWidth;
  window.addEventListener('resize', function () {
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      centre();
    }
  });
})();
