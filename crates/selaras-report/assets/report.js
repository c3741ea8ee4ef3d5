(function () {
  'use strict';
  var beads = Array.prototype.slice.call(document.querySelectorAll('tbody.bead'));
  var toolbar = document.getElementById('toolbar');
  var only = document.getElementById('only-flagged');
  var kind = document.getElementById('kind');
  var status = document.getElementById('status');
  var position = document.getElementById('position');

  function isFlagged(bead) { return bead.classList.contains('flagged'); }
  function kindsOf(bead) { return (bead.getAttribute('data-kinds') || '').split(' '); }
  function current() { return document.querySelector('tbody.bead.current'); }

  function apply() {
    var wanted = kind.value;
    var shown = 0;
    beads.forEach(function (bead) {
      var show = (!only.checked || isFlagged(bead)) && (!wanted || kindsOf(bead).indexOf(wanted) >= 0);
      bead.hidden = !show;
      if (show) { shown += 1; }
    });
    status.textContent = shown + ' of ' + beads.length + ' beads shown';
    var cur = current();
    if (cur && cur.hidden) { select(null); } else { announce(cur); }
  }

  function announce(bead) {
    if (!bead) { position.textContent = ''; return; }
    var list = findings();
    position.textContent = 'finding ' + (list.indexOf(bead) + 1) + ' of ' + list.length;
  }

  function select(bead) {
    var cur = current();
    if (cur) { cur.classList.remove('current'); cur.removeAttribute('aria-current'); }
    if (!bead) { position.textContent = ''; return; }
    bead.classList.add('current');
    bead.setAttribute('aria-current', 'true');
    bead.focus({ preventScroll: true });
    bead.scrollIntoView({ block: 'center' });
    announce(bead);
  }

  function findings() {
    return beads.filter(function (bead) { return isFlagged(bead) && !bead.hidden; });
  }

  function step(direction) {
    var list = findings();
    if (!list.length) { position.textContent = 'no findings shown'; return; }
    var at = beads.indexOf(current());
    var next = null;
    if (direction > 0) {
      next = list.filter(function (bead) { return beads.indexOf(bead) > at; })[0] || null;
    } else {
      var before = list.filter(function (bead) { return at < 0 || beads.indexOf(bead) < at; });
      next = before[before.length - 1] || null;
    }
    if (next) { select(next); }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === 'SELECT' || tag === 'TEXTAREA' || (tag === 'INPUT' && target.type !== 'checkbox') ||
        (target && target.isContentEditable)) { return; }
    if (event.key === 'n' || event.key === 'j') { step(1); event.preventDefault(); }
    else if (event.key === 'p' || event.key === 'k') { step(-1); event.preventDefault(); }
  });
  beads.forEach(function (bead) {
    if (isFlagged(bead)) {
      bead.addEventListener('click', function () { if (!bead.hidden) { select(bead); } });
    }
  });
  only.addEventListener('change', apply);
  kind.addEventListener('change', apply);
  if (window.location.hash === '#findings') { only.checked = true; }
  toolbar.hidden = false;
  apply();
  document.documentElement.setAttribute('data-script', 'ready');
}());
