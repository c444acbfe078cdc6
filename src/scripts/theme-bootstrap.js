// Theme bootstrap, inlined in <head> by ThemeScript.astro so the theme is set before the first paint.
// The stored choice ('light' | 'dark') wins over the system setting; it also wires every [data-theme-toggle].
(() => {
  const KEY = 'vdl-theme';
  const root = document.documentElement;
  let stored = null;
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
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, root.dataset.theme);
    } catch {}
    sync();
  });
})();
