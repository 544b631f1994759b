// The CLI in a real terminal: tmux gives it an 80-column TTY, as a user's would.
// Colour must appear (stdout is a terminal), every table must fit the screen one row a line, and
// output taller than the screen goes through the pager (less), with the totals on its first screen.
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, ROOT } from '../helpers/run-cli.js'

const hasTmux = spawnSync('sh', ['-c', 'command -v tmux']).status === 0
const socket = `lup-impact-test-${process.pid}`
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', LANG: 'C.UTF-8' }
const tmux = (...args: string[]): string => {
  const result = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env })
  if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

/** Lines that are part of a drawn table. */
const tableLines = (screen: string): string[] => screen.split('\n').filter(line => /^[┌├└│]/.test(line))

/**
 * Runs `command` in a `columns` × `rows` terminal and returns its first screen as a person sees it
 * (the pager waiting for a key shows ":" on the last line), then quits the pager with q.
 */
async function firstScreen(command: string, columns: number, rows: number): Promise<{ screen: string; after: string }> {
  const name = `p${Math.random().toString(36).slice(2, 8)}`
  const marker = `__done_${name}__`
  const script = `${command}; echo ${marker} $?; exec sleep 60`
  tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), '-c', ROOT, 'sh', '-c', script)
  try {
    let screen = ''
    for (let attempt = 0; attempt < 150 && !/\n:\s*$/.test(screen); attempt++) {
      await new Promise(resolve => setTimeout(resolve, 100))
      screen = tmux('capture-pane', '-p', '-t', name)
      if (screen.includes(marker)) throw new Error(`no pager: the command ended\n${screen}`)
    }
    tmux('send-keys', '-t', name, 'q')
    let after = ''
    for (let attempt = 0; attempt < 100 && !after.includes(marker); attempt++) {
      await new Promise(resolve => setTimeout(resolve, 100))
      after = tmux('capture-pane', '-p', '-t', name)
    }
    return { screen, after }
  } finally {
    tmux('kill-session', '-t', name)
  }
}

async function runInTerminal(command: string, columns = 80): Promise<{ plain: string; styled: string }> {
  const name = `s${Math.random().toString(36).slice(2, 8)}`
  const marker = `__done_${name}__`
  // The command is the pane's own program: its output starts at the top, with no prompt or echo to strip.
  const script = `${command}; echo ${marker}; exec sleep 60`
  tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', '400', '-c', ROOT, 'sh', '-c', script)
  for (let attempt = 0; attempt < 150; attempt++) {
    await new Promise(resolve => setTimeout(resolve, 100))
    const plain = tmux('capture-pane', '-p', '-J', '-t', name, '-S', '-400')
    if (plain.split('\n').some(line => line === marker)) {
      const styled = tmux('capture-pane', '-p', '-e', '-J', '-t', name, '-S', '-400')
      tmux('kill-session', '-t', name)
      const output = (text: string): string => text.slice(0, text.indexOf(marker)).replace(/\n+$/, '\n')
      return { plain: output(plain), styled: output(styled) }
    }
  }
  tmux('kill-session', '-t', name)
  throw new Error(`no output from: ${command}`)
}

describe.skipIf(!hasTmux)('in an 80-column terminal (tmux)', () => {
  // A session that outlives the tests' own: without it the server exits with the last session, and
  // the next test's new-session can meet it exiting ("server exited unexpectedly").
  beforeAll(() => tmux('new-session', '-d', '-s', 'holder', 'sleep 600'))
  afterAll(() => spawnSync('tmux', ['-L', socket, 'kill-server']))

  it('shows the totals on the first screen at 80×24, through the pager, one row a line', async () => {
    const { screen, after } = await firstScreen(`node ${BIN} summarize data/lup-sample.csv`, 80, 24)
    const lines = screen.split('\n')
    expect(lines[0]).toBe('LUP impact summary: data/lup-sample.csv')
    for (const row of ['Total', 'Realised', 'Estimated', 'Potential', 'Projects reporting', 'Records reporting'])
      expect(screen).toMatch(new RegExp(`^│ ${row} +│ +[\\d,.]+|^│ ${row} +│ +\\d+ of \\d+`, 'm'))
    expect(screen).toContain('│ Total              │     350.00 │ 334,000,000.00 │       2,987.400 │')
    expect(screen).toMatch(/^By year$/m) // and the next table begins
    // Every line of a table is one row, as wide as the table's top border, within 80 columns.
    const drawn = tableLines(screen)
    for (const line of drawn) expect([...line].length).toBeLessThanOrEqual(80)
    expect(lines.filter(line => [...line].length > 80)).toEqual([])
    expect(after).toMatch(/__done_\w+__ 0/) // q quit the pager, and the run ended well
  })

  it('shows the totals and the whole by-year table on the first screen at 120×40', async () => {
    const { screen } = await firstScreen(`node ${BIN} summarize data/lup-sample.csv`, 120, 40)
    expect(screen).toContain('│ Records reporting  │ 117 of 121 │     118 of 121 │       19 of 121 │')
    expect(screen).toMatch(/^│ 2019 │ +23 │ +23 │ +63\.50 ep │ 54,374,950\.00 ep │ +605\.300 ep │$/m)
  })

  it('pages in Norwegian too, under a Norwegian locale', async () => {
    const { screen } = await firstScreen(`LANG=nb_NO.UTF-8 node ${BIN} summarize data/lup-sample.csv`, 80, 24)
    expect(screen).toMatch(/^Totalt$/m)
    expect(screen).toMatch(/^│ Sum +│ +350,00 │ +334 000 000,00 │ +2 987,400 │$/m)
    expect(screen.split('\n').filter(line => [...line].length > 80)).toEqual([])
  })

  it('cuts long partner names with … rather than wrap them, and never splits a table', async () => {
    const { plain } = await runInTerminal(`node ${BIN} summarize data/lup-sample.csv --by partner --no-pager`)
    const table = plain.slice(plain.indexOf('By partner'))
    const rows = tableLines(table).filter(line => /^│ \S/.test(line) && !line.startsWith('│ Partner'))
    expect(rows).toHaveLength(40) // one line per partner: nothing wrapped onto a second line
    expect(rows.some(row => row.includes('…'))).toBe(true)
    // Cut names still tell the partners apart: the three directorates keep their ends.
    expect(new Set(rows.map(row => row.split('│')[1])).size).toBe(40)
    expect(table).toContain('│ Direkt…sjøfart │')
    expect(table).toContain('Names cut to fit the terminal end in "…"')
    expect(plain).not.toContain('(continued)')
    expect(new Set(tableLines(table).map(line => [...line].length)).size).toBe(1)
  })

  it('fits the Norwegian by-partner table too, breaking the widest head with a hyphen', async () => {
    const { plain } = await runInTerminal(
      `node ${BIN} summarize data/lup-sample.csv --by partner --lang nb --jobs new --no-pager`,
    )
    const table = plain.slice(plain.indexOf('Per partner'))
    expect(new Set(tableLines(table).map(line => [...line].length))).toEqual(new Set([80]))
    expect(table).toMatch(/│ +Arbeids- │/)
    expect(table).toMatch(/│ +plasser │/)
    expect(table).toContain('│ 20 587 671,00 e │') // figures are never cut
  })

  it('draws coloured tables that fit the screen', async () => {
    const { plain, styled } = await runInTerminal(`node ${BIN} summarize data/lup-sample.csv --no-pager`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what this looks for
    expect(styled).toMatch(/\u001b\[[0-9;]*m/) // colour, because stdout is a terminal
    expect(plain).toContain('LUP impact summary: data/lup-sample.csv')
    // The tables fit; a note on stderr is prose, which the terminal wraps (so only table and title lines are held to 80).
    const lines = plain.split('\n').filter(line => !/^(note|merk): /.test(line))
    expect(lines.filter(line => [...line].length > 80)).toEqual([])
    // Every drawn table is a rectangle: its border lines all have the same width.
    for (const table of plain.split(/\n(?=┌)/).slice(1)) {
      const drawn = table.split('\n').filter(line => /^[┌├└│]/.test(line))
      expect(new Set(drawn.map(line => [...line].length)).size).toBe(1)
    }
    expect(plain).toContain('Austdal fylke…')
    expect(plain).toContain('334,000,000')
  })

  it('speaks Norwegian, with Norwegian numbers, when the locale is Norwegian', async () => {
    const { plain } = await runInTerminal(
      `LANG=nb_NO.UTF-8 node ${BIN} summarize data/lup-sample.csv --by year --no-pager`,
    )
    expect(plain).toContain('LUP-effekter, oppsummert: data/lup-sample.csv')
    expect(plain).toContain('334 000 000,00')
    expect(plain.split('\n').filter(line => !/^(note|merk): /.test(line) && [...line].length > 80)).toEqual([])
  })

  it('fits trace to the screen: with one input, its records show their line alone, and partner lists are cut', async () => {
    const { plain } = await runInTerminal(
      `node ${BIN} trace data/lup-sample.csv --metric savings_nok --from 2019 --no-pager`,
    )
    expect(plain).toContain('Trace of Savings (NOK): data/lup-sample.csv')
    expect(plain).toMatch(/^│ Line │ Project +│ Year │ Partners +│ Basis +│ +Amount │$/m)
    expect(plain).toMatch(/^│ 100 {2}│ LUP-2011-02 │ 2019 │ Lindvåg kommune, \S*…/m)
    expect(plain.split('\n').filter(line => [...line].length > 80)).toEqual([])
    // A pipe keeps the full locations and names.
    const { plain: piped } = await runInTerminal(
      `node ${BIN} trace data/lup-sample.csv --metric savings_nok --from 2019 | cat`,
    )
    expect(piped).toContain('│ data/lup-sample.csv:100 │')
  })

  it('prints plain text, no colour, when piped', async () => {
    const { styled } = await runInTerminal(`node ${BIN} summarize data/lup-sample.csv --by year | cat`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what this looks for
    expect(styled).not.toMatch(/\u001b\[(?!0?m)[0-9;]*m/)
  })
})

it.runIf(!hasTmux)('needs tmux for the terminal tests (apt-get install tmux)', () => {
  console.warn('tmux is not installed: the terminal tests were not run')
})
