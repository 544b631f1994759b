// Nothing injected, one identity (issue 11, items 10-12): names, categories, file names and targets
// text that carry terminal escapes, bidi overrides, zero-width characters, Markdown and HTML reach a
// terminal or a report only as visible text; names that look the same are one partner. Ends with a
// seeded fuzz run that writes names from a hostile alphabet through every output format.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-hostile-'))
const HEADER = 'project_id,year,partner,category,jobs\n'

/** What must never reach a terminal or a report raw: controls (but the line break), C1, bidi, zero-width, tags. */
const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/

const ESC = '\u001b'
const RLO = '\u202e'
/** Plain rows after the hostile ones: a file mostly of control characters is binary data, not CSV. */
const PLAIN_ROWS = Array.from({ length: 40 }, (_, row) => `Q${row},2016,Plain partner,,1\n`).join('')

describe('terminal escapes are shown, never acted on (item 10)', () => {
  const directory = scratch()
  writeFileSync(
    join(directory, 'in.csv'),
    `${HEADER}P1,2016,${ESC}[2JWiped,${ESC}]8;;http://evil${ESC}\\\\link${ESC}]8;;${ESC}\\\\,1\nP2,2016,Bell\u0007\bback,Zero\u200bwidth,2\nP3,2016,${RLO}21,C1\u009bcsi,3\n${PLAIN_ROWS}`,
  )

  it.each([
    ['table', ['summarize', 'in.csv', '--by', 'partner', '--by', 'category'], ''],
    ['trace table', ['trace', 'in.csv', '--metric', 'jobs'], ''],
    // Markdown escapes the escape's backslash and bracket too: "\\x1b\\[2J" reads as "\x1b[2J".
    ['markdown', ['summarize', 'in.csv', '--by', 'partner', '--format', 'markdown'], 'markdown'],
  ])('%s: escapes visible, nothing raw', async (_name, args, medium) => {
    const result = await runCli(args, { cwd: directory })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toMatch(RAW)
    const markdown = medium === 'markdown'
    expect(result.stdout).toContain(markdown ? '\\\\x1b\\[2JWiped' : '\\x1b[2JWiped')
    expect(result.stdout).toContain(markdown ? '\\\\u202e21' : '\\u202e21')
    expect(result.stdout).toContain(markdown ? 'Bell\\\\x07\\\\x08back' : 'Bell\\x07\\x08back')
  })

  it('error messages show a value with a right-to-left override as it is, not reversed', async () => {
    writeFileSync(join(directory, 'bad.csv'), `${HEADER}P1,${RLO}21,A,,1\nP2,2016,B\u009b,,${ESC}[31m1\n`)
    const result = await runCli(['summarize', 'bad.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).not.toMatch(RAW)
    expect(result.stderr).toContain('(value "\\u202e21")')
    expect(result.stderr).toContain('(value "\\x1b[31m1")')
  })

  it('a file name with an escape in it is shown escaped, in messages and tables', async () => {
    const name = `evil${ESC}[2J.csv`
    writeFileSync(join(directory, name), `${HEADER}P1,2016,A,,1\nP1,2016,A,,1\n`)
    const result = await runCli(['summarize', name, '--allow-duplicates'], { cwd: directory })
    expect(result.stdout).toContain('evil\\x1b[2J.csv')
    expect(result.stdout).not.toMatch(RAW)
    const failed = await runCli(['summarize', name], { cwd: directory })
    expect(failed.stderr).toContain('evil\\x1b[2J.csv:3: duplicate of evil\\x1b[2J.csv:2')
    expect(failed.stderr).not.toMatch(RAW)
  })

  it('a file name with a line break stays on one line in an error', async () => {
    const name = 'two\nlines.csv'
    writeFileSync(join(directory, name), `${HEADER}P1,2016,A,,1\n`)
    const result = await runCli(['summarize', name, '-o', name], { cwd: directory })
    expect(result.exitCode).toBe(2)
    expect(result.stderr.split('\n')).toHaveLength(2)
    expect(result.stderr).toMatch(/^error: -o "two\\nlines\.csv" is the same file as the input "two\\nlines\.csv"/)
  })

  it('a targets file publisher and text reach the check table escaped', async () => {
    writeFileSync(
      join(directory, 'targets.json'),
      JSON.stringify({
        schema_version: 1,
        source: { publisher: `KS${ESC}[2J`, date: '2020' },
        targets: [{ metric: 'jobs', op: '=', value: '46', text: `six${RLO}jobs` }],
      }),
    )
    const result = await runCli(['check', 'in.csv', '--against', 'targets.json'], { cwd: directory })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toMatch(RAW)
    expect(result.stdout).toContain('KS\\x1b[2J')
    expect(result.stdout).toContain('six\\u202ejobs')
  })

  it('a --partner value that matches nothing is echoed escaped', async () => {
    const result = await runCli(['summarize', 'in.csv', '--partner', `x${ESC}[2J`], { cwd: directory })
    expect(result.stderr).toContain('no record matches --partner "x\\x1b[2J"')
    expect(result.stderr).not.toMatch(RAW)
  })
})

describe('report.md escapes Markdown and inline HTML in every cell (item 11)', () => {
  it('images, scripts, links, comments and entities come out as text', async () => {
    const directory = scratch()
    const names = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
      '![](http://evil.example/track.png)',
      '<!-- hidden',
      '&lt;b&gt; *bold* _it_ `code` ~~gone~~ $x$',
    ]
    writeFileSync(
      join(directory, 'in.csv'),
      `${HEADER}${names.map((name, index) => `P${index},2016,"${name.replace(/"/g, '""')}",${name.includes('[') ? '"[cat](javascript:x)"' : ''},1`).join('\n')}\n`,
    )
    const result = await runCli(['report', 'in.csv', '--out', 'out', '-q'], { cwd: directory })
    expect(result.exitCode).toBe(0)
    const markdown = readFileSync(join(directory, 'out/report.md'), 'utf8')
    expect(markdown).not.toMatch(/(?<!\\)</) // no tag, comment or autolink can open
    expect(markdown).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/) // no link or image
    expect(markdown).not.toMatch(/(?<!\\)&[a-z]+;/) // no entity
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(markdown).toContain('\\[x\\](javascript:alert(1))')
    expect(markdown).toContain('!\\[\\](http://evil.example/track.png)')
    expect(markdown).toContain('\\&lt;b\\&gt; \\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\$x\\$ |')
    const html = readFileSync(join(directory, 'out/report.html'), 'utf8')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('names that look the same are one (item 12)', () => {
  const directory = scratch()
  const nfd = 'Ål'.normalize('NFD')
  writeFileSync(
    join(directory, 'in.csv'),
    `${HEADER}P1,2016,Fjordvik kommune,,1\nP2,2016,FJORDVIK KOMMUNE,,2\nP3,2016,  Fjordvik   kommune ,,4\nP4,2016,Ål,,8\nP5,2016,${nfd},,16\np1,2017,Fjordvik Kommune,,32\n`,
  )

  it('one partner per identity, shown in its first spelling, with a warning naming both lines', async () => {
    // Two groupings: the long form, whose first row is the total (one grouping's CSV has no total row).
    const result = await runCli(['summarize', 'in.csv', '--by', 'partner', '--by', 'year', '--format', 'csv'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(0)
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[]
    expect(rows[0]?.group).toBe('total')
    expect(rows.filter(row => row.group === 'partner').map(row => [row.partner, row.records, row.jobs])).toEqual([
      ['Fjordvik kommune', '4', '39'],
      ['Ål', '2', '24'],
    ])
    expect(rows[0]?.projects).toBe('5')
    expect(result.stderr).toBe(
      [
        'in.csv:3: warning: column "partner": partner "FJORDVIK KOMMUNE" is spelled "Fjordvik kommune" at in.csv:2; counted as one, shown as "Fjordvik kommune"',
        'in.csv:7: warning: column "project_id": project id "p1" is spelled "P1" at in.csv:2; counted as one, shown as "P1"',
        'in.csv:7: warning: column "partner": partner "Fjordvik Kommune" is spelled "Fjordvik kommune" at in.csv:2; counted as one, shown as "Fjordvik kommune"',
        '',
      ].join('\n'),
    )
  })

  it('NFC and NFD spellings of one record are a duplicate', async () => {
    writeFileSync(join(directory, 'dup.csv'), `${HEADER}P1,2016,Ål,,1\nP1,2016,${nfd},,1\n`)
    const result = await runCli(['summarize', 'dup.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^dup\.csv:3: duplicate of dup\.csv:2 /)
  })

  it('--partner matches every spelling, and trace shows the first', async () => {
    const result = await runCli(
      ['trace', 'in.csv', '--metric', 'jobs', '--partner', 'fjordvik KOMMUNE', '--format', 'csv', '-q'],
      {
        cwd: directory,
      },
    )
    expect(result.exitCode).toBe(0)
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[]
    expect(rows.filter(row => row.row !== 'sum').map(row => row.partners)).toEqual([
      'Fjordvik kommune',
      'Fjordvik kommune',
      'Fjordvik kommune',
      'Fjordvik kommune',
    ])
  })

  it('in Norwegian', async () => {
    const result = await runCli(['summarize', 'in.csv', '--lang', 'nb', '--format', 'json'], { cwd: directory })
    expect(result.stderr.split('\n')[0]).toBe(
      'in.csv:3: advarsel: kolonne "partner": partneren «FJORDVIK KOMMUNE» er skrevet «Fjordvik kommune» i in.csv:2; telt som én, vist som «Fjordvik kommune»',
    )
  })
})

describe('fuzz: names from a hostile alphabet through every output format', () => {
  const ALPHABET = [
    ...'abcÅøæ ',
    ESC,
    '\u0007',
    '\b',
    '\r',
    '\u009b',
    '\u0085',
    RLO,
    '\u2066',
    '\u200b',
    '\u200d',
    '\ufeff',
    '\u0301',
    '\u0308',
    '\u{e0041}',
    ...'<>&"\'`*_[]()!#|~$=+-@\\',
  ]
  let state = 0x9e3779b9
  const next = (): number => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
  const hostileName = (): string => {
    let name = 'n'
    const length = 1 + Math.floor(next() * 12)
    for (let index = 0; index < length; index++) name += ALPHABET[Math.floor(next() * ALPHABET.length)]
    return name
  }
  const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`

  it.each(Array.from({ length: 6 }, (_, round) => round))('round %i', async () => {
    const directory = scratch()
    const lines = [HEADER.trimEnd()]
    for (let row = 0; row < 12; row++)
      lines.push(
        [
          csvField(`P${row}${hostileName()}`),
          2010 + (row % 5),
          csvField(hostileName()),
          csvField(hostileName()),
          row + 1,
        ].join(','),
      )
    writeFileSync(join(directory, 'in.csv'), `${lines.join('\n')}\n${PLAIN_ROWS.repeat(3)}`)
    const terminal: [string, string[]][] = [
      [
        'summarize table',
        ['summarize', 'in.csv', '--by', 'partner', '--by', 'category', '--by', 'project', '--skip-invalid'],
      ],
      ['trace table', ['trace', 'in.csv', '--metric', 'jobs', '--skip-invalid']],
      ['validate text', ['validate', 'in.csv']],
      ['check table', ['check', 'in.csv', '--expect', 'jobs>=0', '--skip-invalid']],
    ]
    for (const [name, args] of terminal) {
      const result = await runCli(args, { cwd: directory })
      expect(result.stderr, `${name} stderr`).not.toMatch(RAW)
      expect(result.stdout, `${name} stdout`).not.toMatch(RAW)
      expect(result.stderr, name).not.toMatch(/internal error|\n\s+at /)
    }
    const markdown = await runCli(
      ['summarize', 'in.csv', '--by', 'partner', '--by', 'category', '--format', 'markdown', '--skip-invalid'],
      {
        cwd: directory,
      },
    )
    const report = await runCli(['report', 'in.csv', '--out', 'out', '--skip-invalid', '-q'], { cwd: directory })
    expect(report.exitCode).toBe(0)
    for (const text of [markdown.stdout, readFileSync(join(directory, 'out/report.md'), 'utf8')]) {
      expect(text).not.toMatch(RAW)
      // No tag, comment, autolink, link, image or entity can open anywhere; no emphasis, code,
      // strikethrough or math in a table row (the report's own bold is outside the tables).
      expect(text).not.toMatch(/(?<!\\)[<[&]/)
      for (const line of text.split('\n').filter(line => line.startsWith('|')))
        expect(line).not.toMatch(/(?<!\\)[`*_~$]/)
    }
    const html = readFileSync(join(directory, 'out/report.html'), 'utf8')
    expect(html).not.toMatch(RAW)
    const body = html.slice(html.indexOf('<body'))
    // Every tag in the body is one the report writes itself (those of the sample's report).
    const OWN_TAGS =
      'a body br circle code dd defs desc details div dl dt figcaption figure footer h1 h2 h3 header html li line main nav p pattern polygon polyline rect section span summary svg table tbody td text th thead title tr tspan ul'
    for (const tag of body.match(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g) ?? [])
      expect(OWN_TAGS.split(' ')).toContain(tag.replace(/^<\/?/, ''))
    const json = await runCli(['summarize', 'in.csv', '--by', 'partner', '--format', 'json', '--skip-invalid'], {
      cwd: directory,
    })
    expect(json.stdout).not.toMatch(RAW)
    const summary = JSON.parse(json.stdout) as { by_partner: { partner: string }[] }
    for (const row of summary.by_partner) expect(row.partner).toBe(row.partner.normalize('NFC'))
    const csv = await runCli(['summarize', 'in.csv', '--by', 'partner', '--format', 'csv', '--skip-invalid'], {
      cwd: directory,
    })
    for (const row of parse(csv.stdout, { columns: true }) as Record<string, string>[])
      expect(row.partner ?? '').not.toMatch(/^[=+\-@\t\r]/)
  })
})
