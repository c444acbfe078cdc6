/**
 * The lesson page's small behaviours: marks the section in view in the sticky table of contents, and copies a
 * heading's address to the clipboard when its "#" link is clicked (the link still moves the address bar).
 */

/** Marks the table of contents entry of the last section whose heading has scrolled past the top fifth. */
export function watchCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const headings = links
    .map((link) => document.getElementById(link.dataset['tocLink'] ?? ''))
    .filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  const update = () => {
    const line = window.innerHeight * 0.2;
    let current = headings[0]!;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const link of links) {
      if (link.dataset['tocLink'] === current.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  // On scroll, at most once a frame: a jump (a link, Page Down, the end of the page) must update it too.
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update();
    });
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  update();
}

/** Copies the full address of a heading when its anchor link is clicked, and says so briefly. */
export function copyHeadingLinks(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('[data-copy-link]') : null;
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => {
        link.dataset['copied'] = '';
        setTimeout(() => delete link.dataset['copied'], 1500);
      },
      () => undefined, // no permission: the link still updates the address bar
    );
  });
}
