// Bounds on what a run keeps per distinct key, so that a file of millions of distinct names ends with
// a located error instead of exhausting the JavaScript heap (a fatal V8 error, no message). Each name
// (a partner, a category, a combination of partners) costs a few hundred bytes of heap while it is
// read, and a row of objects and strings in every table it appears in: measured, a default summarize
// of 999,999 distinct partners peaked at 3.2 GB, near Node's 4 GB heap; at 500,000 about half that.
// Project ids are kept compactly (project-ids.ts) and may be many more; a grouping's rows become
// objects when the summary is made, so a grouping is bounded too. Documented in the README.
import type { KeyKind } from '../model.js'

/** Distinct partners, categories and combinations of partners, each. */
export const MAX_DISTINCT_NAMES = 500_000
/** Distinct project ids. */
export const MAX_DISTINCT_PROJECTS = 10_000_000
/** Rows of one grouping (by project; by year and partner; …). */
export const MAX_GROUP_ROWS = 500_000

/** Thrown where a bound is passed; the pipeline turns it into a located problem that ends the file. */
export class KeyLimitError extends Error {
  override name = 'KeyLimitError'
  constructor(
    readonly kind: KeyKind,
    readonly limit: number,
    /** For a grouping's rows: the grouping's dimensions. */
    readonly dimensions: readonly string[] = [],
  ) {
    super(`more than ${limit} distinct ${kind}`)
  }
}
