/**
 * The header's search dialog, as you type. Built as its own small bundle (Header.astro imports its URL) and
 * loaded by the inline theme bootstrap the first time the dialog opens, so pages that never search load
 * nothing. Enter still goes to the search page with ?q=.
 */
import { searchAsYouType } from './search-ui';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = dialog?.querySelector<HTMLInputElement>('input[name="q"]');
const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
const list = dialog?.querySelector<HTMLElement>('[data-search-results]');
if (dialog && input && status && list && !dialog.dataset['ready']) {
  dialog.dataset['ready'] = '';
  const run = searchAsYouType({
    input,
    status,
    list,
    base: document.documentElement.dataset['base'] ?? '/',
    headingLevel: 'h3',
  });
  // In a search field the first Esc only clears the text; the hint promises that Esc closes the window.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  // Text typed before this script arrived is searched at once.
  if (input.value.trim()) void run(input.value);
}
