// One escaping function per medium (src/escape.ts), each on the strings that break it.
import { describe, expect, it } from 'vitest'
import {
  csvCell,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownCode,
  escapeTerminal,
  jsonString,
  visible,
} from '../src/escape.js'

describe('visible: what a terminal would act on or hide is shown as an escape', () => {
  it.each([
    ['\u001b[2J clear', '\\x1b[2J clear'],
    ['\u001b]8;;http://evil\u001b\\link', '\\x1b]8;;http://evil\\x1b\\link'],
    ['bell\u0007 back\b', 'bell\\x07 back\\x08'],
    ['line\nbreak\ttab\rreturn', 'line\\nbreak\\ttab\\rreturn'],
    ['C1 \u009b CSI, \u0085 NEL', 'C1 \\x9b CSI, \\x85 NEL'],
    ['\u202e21', '\\u202e21'],
    ['iso\u2066late\u2069', 'iso\\u2066late\\u2069'],
    ['zero\u200bwidth\u200d\ufeff', 'zero\\u200bwidth\\u200d\\ufeff'],
    ['soft\u00adhyphen', 'soft\\xadhyphen'],
    ['line\u2028separator', 'line\\u2028separator'],
    ['tag\u{e0041}', 'tag\\u{e0041}'],
    ['lone \ud800 surrogate', 'lone \\ud800 surrogate'],
    ['\u0301 mark first', '\\u0301 mark first'],
  ])('%j → %j', (text, shown) => expect(visible(text)).toBe(shown))

  it.each([
    'Fjordvik kommune',
    'Ørland, Ås og Æsøy',
    'e\u0301 (a mark inside a word)',
    '😀 and 👍🏽',
    'NOK 1\u00a0000',
    '中文',
  ])('leaves %j alone', text => expect(visible(text)).toBe(text))

  it('escapeTerminal is visible, on one line', () => expect(escapeTerminal('a\nb')).toBe('a\\nb'))
})

describe('escapeMarkdownCode: shown as typed, whatever it holds', () => {
  it.each([
    ['data/lup-sample.csv', '`data/lup-sample.csv`'],
    ['a`b.csv', '``a`b.csv``'], // a fence longer than any run inside
    ['``x', '``` ``x ```'], // a backtick at an end is padded off the fence
    ['<b>*x*</b>', '`<b>*x*</b>`'], // nothing is markup inside a code span
    ['a\nb\u202e.csv', '`a\\nb\\u202e.csv`'], // a line break or a bidi override made visible
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdownCode(text)).toBe(expected)
  })
})

describe('escapeMarkdown: text, never markup', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![](http://e/x.png)', '!\\[\\](http://e/x.png)'],
    ['<!-- a', '\\<!-- a'],
    ['&lt;', '\\&lt;'],
    ['*a* _b_ `c` ~d~ $e$ #f |g \\h', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$ \\#f \\|g \\\\h'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['===', '\\==='],
    ['\u001b[2J', '\\\\x1b\\[2J'],
  ])('%j → %j', (text, escaped) => expect(escapeMarkdown(text)).toBe(escaped))

  it.each(['5.0', '-12', '2,987.4 t', 'Fjordvik kommune (2016)', 'a - b'])('leaves %j alone', text =>
    expect(escapeMarkdown(text)).toBe(text),
  )
})

describe('escapeHtml, csvCell and jsonString', () => {
  it('HTML: entities, and invisible characters shown', () =>
    expect(escapeHtml(`<a href="x">'&'</a>\u202e`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\\u202e',
    ))

  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ["'quoted", "''quoted"],
    ['plain', 'plain'],
  ])('CSV %j → %j', (text, cell) => expect(csvCell(text)).toBe(cell))

  it('CSV: a guarded cell is the original with one apostrophe more, so it can be undone', () => {
    for (const text of ['=1', "'=1", "''", 'x']) {
      const cell = csvCell(text)
      expect(cell.startsWith("'") ? cell.slice(1) : cell).toBe(text)
    }
  })

  it('JSON: invisible characters as \\u escapes, and the same string back when parsed', () => {
    for (const text of ['a\u001b[2J', '\u202e21', 'x\u200by', 'c1\u009b', 'tag\u{e0041}', 'lone\ud800', 'Ørland']) {
      const literal = jsonString(text)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
      expect(literal).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b\u202e]|\udb40/)
      expect(JSON.parse(literal)).toBe(text)
    }
  })
})
