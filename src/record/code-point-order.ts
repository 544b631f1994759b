// The order partner names take where ties are broken (attribution): by code point, the same on every machine.

/**
 * Orders strings by Unicode code point (not by UTF-16 code unit, as `<` does, which puts U+E000–U+FFFF
 * after the astral characters' surrogates). Compares code units, mapping them at the first difference.
 */
export function compareByCodePoint(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let position = 0; position < length; position++) {
    const left = a.charCodeAt(position)
    const right = b.charCodeAt(position)
    if (left !== right) return codePointRank(left) - codePointRank(right)
  }
  return a.length - b.length
}

/** Surrogates (astral characters) rank above U+E000–U+FFFF. */
const codePointRank = (unit: number): number => (unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000)
