import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Io } from '../../src/io.js'
import { pagerCommand, pageText, tallerThanScreen } from '../../src/write/pager.js'

describe('pagerCommand', () => {
  const bin = mkdtempSync(join(tmpdir(), 'lup-pager-'))
  writeFileSync(join(bin, 'less'), '#!/bin/sh\n')
  chmodSync(join(bin, 'less'), 0o755)

  it('takes $LUP_IMPACT_PAGER, then $PAGER, then less when it is on the PATH', () => {
    expect(pagerCommand({ LUP_IMPACT_PAGER: 'most', PAGER: 'more', PATH: bin })).toBe('most')
    expect(pagerCommand({ PAGER: ' less -S ', PATH: bin })).toBe('less -S')
    expect(pagerCommand({ PATH: bin })).toBe('less')
  })

  it('has none when the choice is "" or cat, or less is nowhere', () => {
    expect(pagerCommand({ PAGER: '', PATH: bin })).toBeNull()
    expect(pagerCommand({ PAGER: 'cat', PATH: bin })).toBeNull()
    expect(pagerCommand({ LUP_IMPACT_PAGER: 'cat', PAGER: 'less' })).toBeNull()
    expect(pagerCommand({ PATH: '/nonexistent' })).toBeNull()
    expect(pagerCommand({})).toBeNull()
  })
})

describe('tallerThanScreen', () => {
  it('counts lines against the rows of the terminal, or 24 when it does not say', () => {
    const lines = (n: number): string => 'x\n'.repeat(n)
    expect(tallerThanScreen(lines(23), 24)).toBe(false)
    expect(tallerThanScreen(lines(24), 24)).toBe(true)
    expect(tallerThanScreen(lines(39), 40)).toBe(false)
    expect(tallerThanScreen(lines(23), undefined)).toBe(false)
    expect(tallerThanScreen(lines(24), 0)).toBe(true)
  })
})

describe('pageText', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lup-pager-'))
  const io = (env: Record<string, string>): Io => ({
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: directory,
    env: { PATH: process.env.PATH, ...env },
  })

  it('gives the pager the whole text, with LESS=FRX and UTF-8 unless the user chose otherwise', async () => {
    const out = join(directory, 'paged.txt')
    const command = `cat > "$OUT"; printf '%s|%s|%s' "$LESS" "$LV" "$LESSCHARSET" > "$OUT.env"`
    const text = 'Totals\n│ Sum │ 334 000 000,00 │\nÆ Ø Å\n'.repeat(2000)
    expect(await pageText(text, command, io({ OUT: out }))).toBe(true)
    expect(readFileSync(out, 'utf8')).toBe(text)
    expect(readFileSync(`${out}.env`, 'utf8')).toBe('FRX|-c|utf-8')
    expect(await pageText('x\n', command, io({ OUT: out, LESS: 'S', LESSCHARSET: 'latin1' }))).toBe(true)
    expect(readFileSync(`${out}.env`, 'utf8')).toBe('S|-c|latin1')
  })

  it('says so when the pager cannot start (the caller then writes the text itself)', async () => {
    expect(await pageText('x\n', 'lup-impact-no-such-pager 2>/dev/null', io({}))).toBe(false)
  })

  it('is not bothered by a pager that quits before reading everything', async () => {
    expect(await pageText('line\n'.repeat(200_000), 'head -c1 >/dev/null', io({}))).toBe(true)
  })
})
