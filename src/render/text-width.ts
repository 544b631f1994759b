// Columns a string takes in a terminal: East Asian wide and fullwidth characters and emoji take two,
// combining marks, zero-width joiners, variation selectors and control characters none.
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u

export function displayWidth(text: string): number {
  let width = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x20 && code < 0x7f) {
      width++ // the common case: printable ASCII
      continue
    }
    const point = text.codePointAt(index) as number
    if (point > 0xffff) index++ // the low surrogate
    width += pointWidth(point)
  }
  return width
}

/**
 * `text` cut to at most `width` columns, ending in "…" when anything was cut. A character is kept
 * whole with the marks that combine with it (they take no column), and a wide character that would
 * straddle the edge is left out.
 */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  let kept = ''
  let used = 0
  for (const character of text) {
    const taken = pointWidth(character.codePointAt(0) as number)
    if (used + taken > width - 1) break // marks after a kept character take nothing, and stay with it
    kept += character
    used += taken
  }
  return width <= 0 ? '' : `${kept}…`
}

/**
 * `text` cut to at most `width` columns in the middle, keeping its start and its end around "…":
 * "Direkt…sjøfart". For names that share a start, where the end is what tells them apart.
 */
export function cutMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  if (width <= 2) return cutToWidth(text, width)
  const clusters = characters(text)
  const room = width - 1
  let tail = ''
  let tailWidth = 0
  for (let index = clusters.length - 1; index >= 0; index--) {
    const [cluster, taken] = clusters[index] as [string, number]
    if (tailWidth + taken > room - Math.floor(room / 2)) break
    tail = cluster + tail
    tailWidth += taken
  }
  let head = ''
  let headWidth = 0
  for (const [cluster, taken] of clusters) {
    if (headWidth + taken > room - tailWidth) break
    head += cluster
    headWidth += taken
  }
  return `${head}…${tail}`
}

/** Each character with the marks that combine with it (they take no column), and its width. */
function characters(text: string): [string, number][] {
  const clusters: [string, number][] = []
  for (const character of text) {
    const taken = pointWidth(character.codePointAt(0) as number)
    const last = clusters[clusters.length - 1]
    if (taken === 0 && last !== undefined) last[0] += character
    else clusters.push([character, taken])
  }
  return clusters
}

/**
 * A column of names cut to `width` columns, each with "…" at its end, except names whose cut would
 * read the same as another's: those are cut in the middle instead, so that "Direktoratet for grønn
 * sjøfart" and "Direktoratet for velferdsteknologi" stay two names ("Direkt…sjøfart", "Direkt…knologi").
 */
export function cutColumn(names: readonly string[], width: number): string[] {
  const cut = names.map(name => cutToWidth(name, width))
  const times = new Map<string, number>()
  for (const [index, name] of cut.entries()) if (name !== names[index]) times.set(name, (times.get(name) ?? 0) + 1)
  return cut.map((name, index) => ((times.get(name) ?? 0) > 1 ? cutMiddle(names[index] as string, width) : name))
}

function pointWidth(point: number): number {
  if (point <= 0x1f || (point >= 0x7f && point <= 0x9f)) return 0
  if (point < 0x300) return 1
  if (point <= 0x36f) return 0 // combining diacritical marks
  if (point === 0x200b || point === 0x200c || point === 0x200d || (point >= 0xfe00 && point <= 0xfe0f)) return 0
  if (isWide(point) || (point >= 0x2000 && PICTOGRAPHIC.test(String.fromCodePoint(point)))) return 2
  return 1
}

// East Asian Wide (W) and Fullwidth (F) ranges, as string-width 4 (cli-table3's) counts them.
function isWide(point: number): boolean {
  return (
    point >= 0x1100 &&
    (point <= 0x115f ||
      point === 0x2329 ||
      point === 0x232a ||
      (point >= 0x2e80 && point <= 0x3247 && point !== 0x303f) ||
      (point >= 0x3250 && point <= 0x4dbf) ||
      (point >= 0x4e00 && point <= 0xa4c6) ||
      (point >= 0xa960 && point <= 0xa97c) ||
      (point >= 0xac00 && point <= 0xd7a3) ||
      (point >= 0xf900 && point <= 0xfaff) ||
      (point >= 0xfe10 && point <= 0xfe19) ||
      (point >= 0xfe30 && point <= 0xfe6b) ||
      (point >= 0xff01 && point <= 0xff60) ||
      (point >= 0xffe0 && point <= 0xffe6) ||
      (point >= 0x1b000 && point <= 0x1b001) ||
      (point >= 0x1f200 && point <= 0x1f251) ||
      (point >= 0x20000 && point <= 0x3fffd))
  )
}
