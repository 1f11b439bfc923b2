// The page's script (qa/web/page.py): commands numbered as they are given, [n] clicks show the cited source, copy and export in the browser, the chat stays scrolled.
() => {
  // Commands take their number, and a question its text, the moment they are given (qa/web/page.py,
  // ASK_JS): Enter in the box clicks Ask; a click on Ask empties the box there and then.
  const outbox = {ask: [], stop: [], new: []};
  const put = (kind, data) => { window.qaOrder = (window.qaOrder || 0) + 1; outbox[kind].push({n: window.qaOrder, ...data}); };
  window.qaTake = (kind) => outbox[kind].shift() || null;
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || !e.target.closest || !e.target.closest('#question')) return;
    const ask = document.querySelector('#ask');
    if (!ask) return;
    e.preventDefault(); e.stopPropagation();  // not Gradio's own submit too
    ask.click();
  }, true);
  document.addEventListener('click', (e) => {
    const b = e.target.closest ? e.target.closest('#ask, #stop, #new-chat') : null;
    if (!b || b.disabled) return;
    if (b.id === 'ask') {
      const box = document.querySelector('#question textarea');
      const q = box ? box.value : '';
      if (box) { box.value = ''; box.dispatchEvent(new Event('input', {bubbles: true})); }
      put('ask', {q});
    } else {
      put(b.id === 'stop' ? 'stop' : 'new', {});
    }
  }, true);
  const narrow = () => window.matchMedia('(max-width: 760px)').matches;
  const copyText = async (text) => {
    try { await navigator.clipboard.writeText(text); return true; } catch (e) {
      const ta = document.createElement('textarea'); ta.value = text; document.body.appendChild(ta); ta.select();
      let ok = false; try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
      ta.remove(); return ok;
    }
  };
  const download = (name, text, type) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], {type})); a.download = name;
    document.body.appendChild(a); a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
  };
  const flashLabel = (el, text) => { const old = el.dataset.label || el.textContent; el.dataset.label = old; el.textContent = text; setTimeout(() => { el.textContent = old; }, 1500); };
  const showSourcesTab = () => {
    const tab = Array.from(document.querySelectorAll('#side-tabs button[role="tab"]')).find((b) => b.textContent.trim() === 'Sources');
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
  };
  document.addEventListener('click', (event) => {
    const t = event.target;
    if (!t.closest) return;
    const tool = t.closest('[data-act]');
    if (tool && tool.dataset.act === 'copy') {
      event.preventDefault();
      const md = tool.closest('.msg').querySelector('pre.md');
      copyText(md ? md.textContent : '').then((ok) => flashLabel(tool, ok ? 'Copied' : 'Copy failed'));
      return;
    }
    if (tool && (tool.dataset.act === 'export-md' || tool.dataset.act === 'export-json')) {
      event.preventDefault();
      const md = tool.dataset.act === 'export-md';
      const pre = document.querySelector(md ? '#chat pre.export-md' : '#chat pre.export-json');
      if (!pre) { flashLabel(tool, 'Nothing to export yet'); return; }
      const conv = document.querySelector('#chat .conv');
      download('conversation-' + ((conv && conv.dataset.id) || 'new') + (md ? '.md' : '.json'), pre.textContent,
               md ? 'text/markdown' : 'application/json');
      return;
    }
    if (tool && tool.dataset.act === 'close-source') {
      event.preventDefault(); const box = tool.closest('.inline-source'); const msg = box && box.closest('.msg');
      if (box) box.remove(); if (msg) msg.scrollIntoView({block: 'nearest'}); return;
    }
    const link = t.closest('a.cite');
    if (!link) return;
    event.preventDefault(); event.stopPropagation();
    const id = (link.getAttribute('href') || '').slice(1);
    const target = document.getElementById(id);
    if (!target) return;
    if (narrow()) {
      // On a phone the source opens right under the answer, with a way back (Close), instead of a jump down the page.
      const msg = link.closest('.msg');
      msg.querySelectorAll('.inline-source').forEach((e) => e.remove());
      const box = document.createElement('div'); box.className = 'inline-source'; box.dataset.for = id;
      const card = target.cloneNode(true); card.removeAttribute('id');
      const close = document.createElement('button'); close.className = 'tool'; close.dataset.act = 'close-source'; close.textContent = 'Close source';
      box.appendChild(card); box.appendChild(close);
      msg.querySelector('.answer').after(box);
      box.scrollIntoView({behavior: 'smooth', block: 'nearest'});
      return;
    }
    showSourcesTab();
    const details = target.closest('details'); if (details) details.open = true;
    setTimeout(() => {
      target.scrollIntoView({behavior: 'smooth', block: 'nearest'});
      target.classList.add('flash'); setTimeout(() => target.classList.remove('flash'), 1600);
    }, 30);
  }, true);
  // Keep the chat scrolled to the newest message unless the reader scrolled up.
  let stick = true;
  const hook = () => {
    const box = document.getElementById('chat');
    if (!box) { setTimeout(hook, 200); return; }
    box.addEventListener('scroll', () => { stick = box.scrollHeight - box.scrollTop - box.clientHeight < 40; });
    new MutationObserver(() => { if (stick) box.scrollTop = box.scrollHeight; }).observe(box, {childList: true, subtree: true});
  };
  hook();
}
