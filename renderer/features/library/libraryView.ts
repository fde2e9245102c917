/**
 * Which view the library shows (cards or the portfolio table), remembered in this browser's
 * local storage: a preference of the person at this computer, not of any workbook. Without
 * local storage the cards show and the choice lasts for the page.
 */
export type LibraryView = 'cards' | 'portfolio';

const KEY = 'sprintbook:library-view';

export function rememberedLibraryView(): LibraryView {
  try {
    return localStorage.getItem(KEY) === 'portfolio' ? 'portfolio' : 'cards';
  } catch {
    return 'cards';
  }
}

export function rememberLibraryView(view: LibraryView): void {
  try {
    localStorage.setItem(KEY, view);
  } catch {
    // Storage unavailable: the choice lasts for this page.
  }
}
