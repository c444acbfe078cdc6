// Waiting for a page to be done loading, for the benches that count what a page loads. Playwright's
// `networkidle` after a scroll returns at once (the page was idle before the scroll), so islands that hydrate
// when they come near the screen, and the charts they fetch then, were missed under load. Here the page is
// quiet when nothing has been in flight for 700 ms; a request that never ends (a stream) stops the wait
// after 20 s.

/** Counts the page's requests in flight; returns `quiet()`, which resolves once the page is quiet. */
export function watchRequests(page) {
  let pending = 0;
  let last = Date.now();
  page.on('request', () => {
    pending++;
    last = Date.now();
  });
  for (const event of ['requestfinished', 'requestfailed'])
    page.on(event, () => {
      pending--;
      last = Date.now();
    });
  return async () => {
    const until = Date.now() + 20_000;
    while ((pending > 0 || Date.now() - last < 700) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  };
}

/**
 * Scrolls through the page as a reader would, waits until it is quiet, and repeats (at most three passes)
 * while a pass made the page load more: an island that hydrated can make the page longer.
 */
export async function scrollUntilLoaded(page, quiet, loadedCount, step = 300) {
  for (let pass = 0; pass < 3; pass++) {
    const seen = loadedCount();
    await page.evaluate(async (by) => {
      for (let y = 0; y < document.body.scrollHeight; y += by) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    }, step);
    await quiet();
    if (pass > 0 && loadedCount() === seen) break;
  }
}
