// Registers the service worker (built by src/integrations/service-worker.ts) and offers a waiting new version.
// Inlined at the end of <body> by OfflineSupport.astro; does nothing unless its data-offline attribute says "on".
(() => {
  const sw = navigator.serviceWorker;
  const on = document.querySelector('script[data-offline]')?.dataset.offline === 'on';
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
