// A click on [n] opens that answer's sources and scrolls the cited passage into view (qa/web/page.py).
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.cite');
    if (!link) return;
    event.preventDefault(); event.stopPropagation();
    const target = document.getElementById((link.getAttribute('href') || '').slice(1));
    if (!target) return;
    const details = target.closest('details'); if (details) details.open = true;
    target.scrollIntoView({behavior: 'smooth', block: 'center'});
    target.classList.add('flash'); setTimeout(() => target.classList.remove('flash'), 1600);
  }, true);
}
