/**
 * The nav bar page's User Timing marks, in a module of their own so `npm run bench` (Node) reads the same names
 * the page writes without loading the page's components.
 */

/** The first facts of a read arrive. */
export const DATA_MARK = 'ci:dashboard:data';

/** The first rows of a page's own read (not the cache) are on screen: issue 13 wants them within 1 s of the data. */
export const ROWS_MARK = 'ci:dashboard:rows';
