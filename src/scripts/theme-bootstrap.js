// Theme bootstrap, inlined in <head> by HeadScript.astro (one script with offline-register.js): sets the theme
// before the first paint (a stored 'light' | 'dark' wins over the system), wires [data-theme-toggle] and opens
// the search dialog (button, / , Ctrl+K).
(() => {
  const KEY = 'vdl-theme';
  const root = document.documentElement;
  let stored;
  try {
    stored = localStorage.getItem(KEY);
  } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const isDark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const sync = () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.hidden = false;
      b.setAttribute('aria-pressed', String(isDark()));
    }
  };
  const search = () => {
    const d = document.querySelector('[data-search-dialog]');
    if (!d?.showModal || d.open) return false;
    d.showModal();
    d.querySelector('input')?.focus();
    if (d.dataset.module) import(d.dataset.module);
    return true;
  };
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (t?.closest('[data-search-open]') && search()) e.preventDefault();
    if (t?.closest('[data-search-close]') || t?.matches('dialog')) t.closest('dialog')?.close();
    if (!t?.closest('[data-theme-toggle]')) return;
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, root.dataset.theme);
    } catch {}
    sync();
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof Element && e.target.closest('input,textarea,select,[contenteditable]');
    const key = e.key.toLowerCase();
    if (((key === '/' && !typing) || (key === 'k' && (e.ctrlKey || e.metaKey))) && search()) e.preventDefault();
  });
})();
