// Untrusted text (cells, file names, option values, targets files) leaves through one function per
// medium: a terminal, Markdown, HTML, CSV and JSON. A renderer or message that writes such a string any
// other way is a bug (test/escape.test.ts and the hostile-names fuzz hold every format to it).
//
// In a terminal and in the reports, characters that a reader cannot see or that change how the text
// around them shows are made visible, never passed on: C0 and C1 controls (ESC starts colours, screen
// clears and OSC 8 links; BEL; backspace), bidirectional overrides and isolates (U+202E shows "‮21" as
// "12"), zero-width and other invisible format characters, line and paragraph separators, tag
// characters, unpaired surrogates, and a combining mark with nothing before it to combine with. They
// are shown as escapes: \n, \t, \r, \x1b (below U+0100), \u202e, \u{e0041}. Combining marks inside a
// word, and variation selectors, are text and stay.

const INVISIBLE_CLASS =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb\\ud800-\\udfff\\u{e0000}-\\u{e007f}]|^\\p{M}'
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u')
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'gu')

/** Whether `text` holds anything `visible` would change (most names hold nothing). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text)
}

function escapeOne(char: string): string {
  if (char === '\n') return '\\n'
  if (char === '\r') return '\\r'
  if (char === '\t') return '\\t'
  const point = char.codePointAt(0) as number
  if (point < 0x100) return `\\x${point.toString(16).padStart(2, '0')}`
  if (point <= 0xffff) return `\\u${point.toString(16).padStart(4, '0')}`
  return `\\u{${point.toString(16)}}`
}

/** `text` with every invisible or layout-changing character shown as an escape (see the top of this file). */
export function visible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, escapeOne) : text
}

/** For a terminal: one line of text, nothing in it that the terminal would act on or hide. */
export function escapeTerminal(text: string): string {
  return visible(text)
}

/** For a terminal: several lines (a help text, a multi-line message), each made visible; line breaks kept. */
export function escapeTerminalLines(text: string): string {
  return text.includes('\n') ? text.split('\n').map(visible).join('\n') : visible(text)
}

/**
 * For Markdown (CommonMark and GitHub's): text that Markdown would read as markup — emphasis, code,
 * links and images, inline HTML and entities, table pipes, strikethrough, math, a heading or a list at
 * the start — is backslash-escaped, on one line. `[x](javascript:…)`, `![](http://…)`, `<img …>`,
 * `<!--` and `&lt;` all come out as the characters they are.
 */
export function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(/[\\`*_[\]<>&|~$#]/g, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2') // "1. " would start a list
    .replace(/^[-+](?=\s|$)|^[=-](?=[=-]*\s*$)/, '\\$&') // "- " a list; "===" or "---" a heading underline
}

/**
 * For Markdown text shown as typed (a path, a hash, options): a code span, its fence one backtick
 * longer than any run inside, invisible and layout-changing characters made visible as above.
 */
export function escapeMarkdownCode(text: string): string {
  const shown = visible(text)
  let longest = 0
  for (const run of shown.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

/** For HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"']/g, char => HTML_ENTITIES[char] as string)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * For a CSV cell a spreadsheet may open: a cell starting with = + - @ (a formula), a tab or CR, or an
 * apostrophe gets a leading apostrophe, so that it stays text. The rule is reversible: a cell starting
 * with an apostrophe is the original without its first character. The data is otherwise kept as is:
 * CSV is data, and a program reading it gets every character.
 */
export function csvCell(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text
}

/** INVISIBLE less what JSON.stringify escapes itself (C0 controls, unpaired surrogates) and the leading mark rule. */
// biome-ignore lint/complexity/useRegexLiterals: as a literal, the combining marks in the class read as misleading to the linter; they are meant
const JSON_INVISIBLE = new RegExp(
  '[\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}]',
  'gu',
)

/**
 * For JSON: a string literal in which, beyond what JSON.stringify escapes (C0 controls, quotes,
 * unpaired surrogates), every invisible character is written as a \u escape. Lossless: a JSON reader
 * gets the same string back; only a person looking at the raw text sees the escapes.
 */
export function jsonString(text: string): string {
  const literal = JSON.stringify(text)
  JSON_INVISIBLE.lastIndex = 0
  if (!JSON_INVISIBLE.test(literal)) return literal
  JSON_INVISIBLE.lastIndex = 0
  return literal.replace(JSON_INVISIBLE, char => {
    let out = ''
    for (let index = 0; index < char.length; index++)
      out += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`
    return out
  })
}

/** Longest text an Excel cell holds; a longer one makes Excel refuse the file ("repair"). */
export const XLSX_CELL_CHARS = 32_767

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\r]|_(?=x[0-9A-Fa-f]{4}_)/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * For an .xlsx text cell (inside <t xml:space="preserve">): XML-escaped, with the characters XML
 * cannot hold (C0 controls but tab and line feed, a carriage return, U+FFFE/U+FFFF) written as
 * OOXML's _xHHHH_ escapes (and a literal "_x0041_" kept literal as "_x005F_x0041_"), which a
 * spreadsheet decodes back: lossless, like CSV. An unpaired surrogate (no character) becomes U+FFFD.
 * A text cell is never a formula, so nothing else is needed against formula injection. Text over
 * Excel's 32 767 characters is cut there, ending in "…" (JSON and CSV keep it whole).
 */
export function xlsxText(text: string): string {
  let cell = text
  if (cell.length > XLSX_CELL_CHARS) {
    let end = XLSX_CELL_CHARS - 1
    if (/[\ud800-\udbff]/.test(cell.charAt(end - 1))) end--
    cell = `${cell.slice(0, end)}…`
  }
  return cell
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(XML_INVALID, char =>
      char === '_' ? '_x005F_' : `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/[&<>"]/g, char => XML_ENTITIES[char] as string)
}
