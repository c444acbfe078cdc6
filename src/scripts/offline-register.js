// Registers the service worker (built by src/integrations/service-worker.ts) and offers a waiting new version.
// Inlined in <head> after the theme bootstrap, as one script (src/components/layout/HeadScript.astro); does nothing
// unless that script's data-offline attribute says "on". It registers at `load` and finds the prompt
// (OfflineSupport.astro, at the end of <body>) only when a new version waits, so running in <head> is early enough.
(() => {
  const sw = navigator.serviceWorker;
  const on = document.currentScript?.dataset.offline === 'on';
  if (!on || !sw || !/^https?:$/.test(location.protocol)) return;
  const base = document.documentElement.dataset.base || '/';
  let refreshing = false;
  sw.addEventListener('controllerchange', () => {
    if (refreshing) location.reload();
  });
  const offer = (worker) => {
    const box = document.querySelector('[data-update-prompt]');
    if (!box) return;
    box.hidden = false;
    box.querySelector('[data-update-apply]').onclick = () => {
      refreshing = true;
      worker.postMessage('skip-waiting');
    };
    box.querySelector('[data-update-dismiss]').onclick = () => (box.hidden = true);
  };
  addEventListener('load', () => {
    sw.register(base + 'sw.js', { scope: base })
      .then((reg) => {
        if (reg.waiting && sw.controller) offer(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => {
            if (next.state === 'installed' && sw.controller) offer(next);
          });
        });
      })
      .catch(() => {});
  });
})();
