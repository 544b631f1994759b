// The order names are shown in (partners, categories, projects), in every format and language:
// Norwegian collation, Æ Ø Å after Z, as a Norwegian reader looks a name up. Names that collate
// equal ("Ås kommune" and "ÅS KOMMUNE" never are; "e\u0301" and "é" may be) are then ordered by
// code point, so the order never depends on how a sort algorithm treats ties.
//
// ICU's `nb` collation is made once, and only when names are sorted: `new Intl.Collator('nb')`
// costs 10–25 ms, which a run that sorts nothing (--version, --help, a by-year table) should not pay.
// A Node built without Norwegian collation data (small-icu) gets the deterministic approximation
// below instead of the root collation, which would put Å among the A's.
import { compareByCodePoint } from './code-point-order.js'

let compareCollated: ((a: string, b: string) => number) | undefined

/** Norwegian order, ties by code point: the order of names in every output. */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0
  compareCollated ??= norwegianCollation()
  return compareCollated(a, b) || compareByCodePoint(a, b)
}

/** A copy of `names` in display order (a single name needs no collator). */
export function inDisplayOrder(names: readonly string[]): string[] {
  return names.length < 2 ? [...names] : [...names].sort(compareNames)
}

function norwegianCollation(): (a: string, b: string) => number {
  if (Intl.Collator.supportedLocalesOf(['nb']).length > 0) return new Intl.Collator('nb').compare
  return compareApproximately
}

/**
 * Norwegian order without ICU data: letters compared case- and accent-blind first (æ/ä, ø/ö, å/aa
 * after z; ü with y; other accents dropped), then accents, then lower case before upper; digits
 * before letters, and space and punctuation before both, as ICU orders them.
 */
export function compareApproximately(a: string, b: string): number {
  const left = collationKey(a)
  const right = collationKey(b)
  return (
    compareWeights(left.primary, right.primary) ||
    compareByCodePoint(left.secondary, right.secondary) ||
    compareByCodePoint(left.tertiary, right.tertiary)
  )
}

interface CollationKey {
  primary: number[]
  secondary: string
  tertiary: string
}

const LETTER_AFTER_Z: Record<string, string> = { æ: '{', ä: '{', ø: '|', ö: '|', å: '}', ü: 'y' }

function collationKey(text: string): CollationKey {
  const primary: number[] = []
  let secondary = ''
  let tertiary = ''
  const decomposed = text.normalize('NFD')
  for (let index = 0; index < decomposed.length; index++) {
    let letter = decomposed[index] as string
    const next = decomposed[index + 1]
    // Recompose the letters Norwegian treats as letters of their own (å, ä, ö, ü).
    if (next === '\u030a' || next === '\u0308') {
      const composed = `${letter}${next}`.normalize('NFC')
      if (composed.length === 1) {
        letter = composed
        index++
      }
    } else if (/\p{M}/u.test(letter)) {
      secondary += letter
      continue
    }
    const lower = letter.toLowerCase()
    tertiary += lower === letter ? '0' : '1'
    if (lower === 'a' && decomposed[index + 1]?.toLowerCase() === 'a') {
      primary.push(weight('}'))
      tertiary += '2'
      index++
      continue
    }
    primary.push(weight(LETTER_AFTER_Z[lower] ?? lower))
    // ä, ö and ü sort after the letter they go with (æ, ø, y), as its accented forms.
    if (lower === 'ä' || lower === 'ö' || lower === 'ü') secondary += '\u0308'
  }
  return { primary, secondary, tertiary }
}

/** Space and punctuation first, then digits, then a–z, æ ø å, then other scripts by code point. */
function weight(letter: string): number {
  const point = letter.codePointAt(0) as number
  if (/[a-z{|}]/.test(letter)) return 0x20000 + point
  if (/\p{Nd}/u.test(letter)) return 0x10000 + point
  if (/[\p{L}\p{N}]/u.test(letter)) return 0x30000 + point
  return point
}

function compareWeights(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length)
  for (let position = 0; position < length; position++)
    if (a[position] !== b[position]) return (a[position] as number) - (b[position] as number)
  return a.length - b.length
}
