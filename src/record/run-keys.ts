// The keys one run shares between validation, the cross-record checks and aggregation, made in one
// place from what the run needs, so that no receiver has to check what it was given: a ledger keeps
// duplicate locations only when duplicates are looked for, and categories or bases only when a
// grouping asks for them (see ledger.ts).
import type { Dimension } from '../model.js'
import { Ledger } from './ledger.js'
import { RecordKeys } from './view.js'

export interface RunKeys {
  /** The interned keys, with where rows were read (keys.locations) and other spellings met. */
  keys: RecordKeys
  /** Null when the run neither looks for duplicates nor aggregates. */
  ledger: Ledger | null
}

/** The run keys of a run that aggregates: it always has a ledger (novelty.ts reads it). */
export interface AggregationKeys extends RunKeys {
  ledger: Ledger
}

export interface RunNeeds {
  /** Duplicate records are looked for (unless --allow-duplicates). */
  duplicates: boolean
  /** The groupings of a run that aggregates; absent when it does not. */
  groupings?: readonly (readonly Dimension[])[]
  /** Ledger.largeProject, for tests that walk both ways of finding a project's entries. */
  largeProject?: number
}

export function runKeys(needs: RunNeeds & { groupings: readonly (readonly Dimension[])[] }): AggregationKeys
export function runKeys(needs: RunNeeds): RunKeys
export function runKeys({ duplicates, groupings, largeProject }: RunNeeds): RunKeys {
  const grouped = (dimension: Dimension): boolean =>
    groupings?.some(dimensions => dimensions.includes(dimension)) === true
  return {
    keys: new RecordKeys(),
    ledger:
      duplicates || groupings !== undefined
        ? new Ledger({
            duplicates,
            categories: grouped('category'),
            bases: grouped('basis'),
            ...(largeProject === undefined ? {} : { largeProject }),
          })
        : null,
  }
}
