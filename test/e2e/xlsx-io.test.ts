// Workbooks through the real CLI's doors: -o FILE.xlsx is written like every other output (atomic,
// never over an input, mode kept, an old file kept when the run fails), a workbook never reaches a
// terminal however it is named, and what is not an .xlsx workbook is refused for what it is, whatever
// its name says.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, ROOT, runCli } from '../helpers/run-cli.js'

const SAMPLE = join(ROOT, 'data/lup-sample.csv')
const FIXTURES = join(ROOT, 'test/fixtures/xlsx')
const ZIP_MAGIC = 'PK\u0003\u0004'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-xlsx-io-'))

describe('-o FILE.xlsx goes through the same writing as every output', () => {
  it('refuses to write over its own input workbook, and leaves it as it was', async () => {
    const directory = scratch()
    copyFileSync(join(FIXTURES, 'libreoffice-two-sheets.xlsx'), join(directory, 'effekter.xlsx'))
    const before = readFileSync(join(directory, 'effekter.xlsx'))
    const result = await runCli(['summarize', 'effekter.xlsx', '-o', 'effekter.xlsx'], { cwd: directory })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/^error: -o "effekter.xlsx" is the same file as the input "effekter.xlsx"/)
    expect(readFileSync(join(directory, 'effekter.xlsx')).equals(before)).toBe(true)
    expect(readdirSync(directory)).toEqual(['effekter.xlsx'])
  })

  it('keeps the mode of the workbook it replaces', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'ut.xlsx'), 'old')
    chmodSync(join(directory, 'ut.xlsx'), 0o600)
    const result = await runCli(['summarize', SAMPLE, '--jobs', 'new', '-o', 'ut.xlsx'], { cwd: directory })
    expect(result).toMatchObject({ exitCode: 0, stdout: '', stderr: '' })
    expect(statSync(join(directory, 'ut.xlsx')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(directory, 'ut.xlsx'), 'latin1').startsWith(ZIP_MAGIC)).toBe(true)
    expect(readdirSync(directory)).toEqual(['ut.xlsx'])
  })

  it('leaves the previous workbook as it was when the run fails on its input', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'ut.xlsx'), 'previous')
    const result = await runCli(['summarize', join(FIXTURES, 'excel-cell-problems.xlsx'), '-o', 'ut.xlsx'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(1)
    expect(readFileSync(join(directory, 'ut.xlsx'), 'utf8')).toBe('previous')
    expect(readdirSync(directory)).toEqual(['ut.xlsx'])
  })

  it('writes the same bytes to a pipe as to a file', async () => {
    const directory = scratch()
    const toFile = await runCli(['summarize', SAMPLE, '-o', 'ut.xlsx'], { cwd: directory })
    expect(toFile.exitCode).toBe(0)
    // runCli decodes stdout as UTF-8, so the pipe's bytes are compared through a child that keeps them.
    const piped = spawnSync(process.execPath, [BIN, 'summarize', SAMPLE, '--format', 'xlsx', '-o', '/dev/stdout'], {
      cwd: directory,
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
    })
    expect(piped.status).toBe(0)
    expect(Buffer.compare(piped.stdout, readFileSync(join(directory, 'ut.xlsx')))).toBe(0)
  })
})

const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0

describe.skipIf(!hasScript)('a workbook never reaches a terminal (script gives the CLI a TTY)', () => {
  it.each([
    ['standard output', ''],
    ['-o /dev/stdout', '-o /dev/stdout'],
    ['-o /dev/tty', '-o /dev/tty'],
  ])('%s: a usage error, and no byte of the zip on the screen', (_, output) => {
    const command = `${process.execPath} ${BIN} summarize ${SAMPLE} --format xlsx ${output}; echo "exit=$?"`
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'latin1',
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', TERM: 'dumb' },
    })
    expect(result.stdout).toContain('error: --format xlsx writes a binary workbook, not text for a terminal')
    expect(result.stdout).toMatch(/exit=2/)
    expect(result.stdout).not.toContain('PK\u0003\u0004')
  })
})

describe('what the content is decides, not the name', () => {
  it.each([
    ['an Excel 97–2003 workbook', 'lup-sample.libreoffice.xls', /an Excel 97–2003 workbook \(\.xls\)/],
    ['an OpenDocument spreadsheet', 'lup-sample.libreoffice.ods', /an OpenDocument spreadsheet \(\.ods\)/],
    ['an encrypted workbook', 'encrypted-agile.xlsx', /a password-protected \(encrypted\) workbook/],
  ])('%s named effekter.xlsx is refused for what it is (exit 1, located by file)', async (_, fixture, words) => {
    const directory = scratch()
    copyFileSync(join(FIXTURES, fixture), join(directory, 'effekter.xlsx'))
    const result = await runCli(['summarize', 'effekter.xlsx'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    const [first] = result.stderr.split('\n')
    expect(first).toMatch(/^effekter\.xlsx: /)
    expect(first).toMatch(words)
  })

  it('an encrypted workbook from standard input is refused as one', async () => {
    const result = await runCli(['summarize', '-'], { stdin: readFileSync(join(FIXTURES, 'encrypted-agile.xlsx')) })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^<stdin>: a password-protected \(encrypted\) workbook/)
  })
})
