// The CLI in a real terminal: tmux gives it an 80-column TTY, as a user's would.
// Colour must appear (stdout is a terminal) and every table must fit the screen.
import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, ROOT } from '../helpers/run-cli.js'

const hasTmux = spawnSync('sh', ['-c', 'command -v tmux']).status === 0
const socket = `lup-impact-test-${process.pid}`
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', LANG: 'C.UTF-8' }
const tmux = (...args: string[]): string => {
  const result = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env })
  if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
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
  afterAll(() => spawnSync('tmux', ['-L', socket, 'kill-server']))

  it('draws coloured tables that fit the screen', async () => {
    const { plain, styled } = await runInTerminal(`node ${BIN} summarize data/lup-sample.csv`)
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
    expect(plain).toContain('Austdal fylkeskommune')
    expect(plain).toContain('334,000,000')
  })

  it('speaks Norwegian, with Norwegian numbers, when the locale is Norwegian', async () => {
    const { plain } = await runInTerminal(`LANG=nb_NO.UTF-8 node ${BIN} summarize data/lup-sample.csv --by year`)
    expect(plain).toContain('LUP-effekter, oppsummert: data/lup-sample.csv')
    expect(plain).toContain('334 000 000,00 kr')
    expect(plain.split('\n').filter(line => !/^(note|merk): /.test(line) && [...line].length > 80)).toEqual([])
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
