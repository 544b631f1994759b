// Nothing unbounded (issue 11, items 5-9 and the smaller items of 14): the real CLI on inputs built to
// break it — data-sized tables, closed pipes, floods of problems, millions of names, endless and
// binary inputs, FIFOs and devices where files were expected, broken encodings.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, ROOT, runCli } from '../helpers/run-cli.js'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-bounds-'))
const SAMPLE = join(ROOT, 'data/lup-sample.csv')
const HEADER = 'project_id,year,partner,jobs\n'
const rows = (count: number, row: (index: number) => string): string => {
  const parts: string[] = [HEADER]
  for (let index = 0; index < count; index++) parts.push(row(index))
  return parts.join('')
}

/** Runs a shell pipeline; returns the CLI's exit code (first in the pipe), its stderr, and what the reader printed. */
function pipeline(
  command: string,
  cwd: string,
): Promise<{ code: number; stderr: string; stdout: string; stdoutBytes: number }> {
  return new Promise(resolve => {
    const child = spawn('bash', ['-c', `${command} 2>stderr.txt; echo "exit \${PIPESTATUS[0]}" >&2`], {
      cwd,
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NODE: process.execPath, BIN },
    })
    const stdout: Buffer[] = []
    let status = ''
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (status += chunk.toString()))
    child.on('close', () =>
      resolve({
        code: Number(/exit (\d+)/.exec(status)?.[1] ?? -1),
        stderr: readFileSync(join(cwd, 'stderr.txt'), 'utf8'),
        stdout: Buffer.concat(stdout).toString(),
        stdoutBytes: Buffer.concat(stdout).length,
      }),
    )
  })
}

describe('no spread or recursion over data-sized arrays (item 5)', () => {
  it('summarize --by project draws a table of 130,000 projects', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'many.csv'),
      rows(130_000, index => `P${index},2016,A,1\n`),
    )
    const result = await runCli(['summarize', 'many.csv', '--by', 'project'], { cwd: directory })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('│ P129999 ')
  })

  it('report ranks its partner charts and draws its tables for 20,000 partners on a tenth of the stack', () => {
    // A spread of n values takes 8n bytes of stack: the default (984 KB) overflows at ~125,000 partners, a
    // 150 KB stack at ~19,000. So 20,000 partners on a small stack find what 130,000 would on the default
    // one, at a seventh of the cost (the whole report of 130,000 partners writes 150 MB).
    const directory = scratch()
    writeFileSync(
      join(directory, 'many.csv'),
      rows(20_000, index => `P${index % 100},${2000 + (index % 20)},Partner ${index},1\n`),
    )
    const overflow = spawnSync(process.execPath, ['--stack-size=150', '-e', 'Math.max(...new Array(20000).fill(1))'])
    expect(overflow.stderr.toString()).toContain('Maximum call stack size exceeded') // the premise holds
    const result = spawnSync(process.execPath, ['--stack-size=150', BIN, 'report', 'many.csv', '--out', 'out', '-q'], {
      cwd: directory,
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
    })
    expect(result.stderr.toString()).toBe('')
    expect(result.status).toBe(0)
    const html = readFileSync(join(directory, 'out/report.html'), 'utf8')
    // The jobs chart (the only measure reported) ranks all 20,000 and draws the first 50 by name, the last of them Partner 10040.
    expect(html).toContain('>Partner 10040</tspan>')
    expect(html).toContain('The other 19,950 partners are not drawn; the partners table lists every partner.')
    expect(readFileSync(join(directory, 'out/report.md'), 'utf8')).toContain('| Partner 19999 |')
  }, 60_000)
})

describe('JSON of many rows in a small heap', () => {
  it('summarize --format json writes 30,000 partners in a 100 MB heap', () => {
    // The rows' JSON (16 MB) is written into chunks joined once. Chunks grown with += kept every small
    // part of them alive as a tree of strings until the join: this run then needed 130-200 MB of heap
    // (and 130,000 partners more than 500 MB); flat chunks need about 60 MB, on Node 20, 22 and 24.
    const directory = scratch()
    writeFileSync(
      join(directory, 'many.csv'),
      rows(30_000, index => `P${index},${2000 + (index % 20)},Partner ${index},1\n`),
    )
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=100', BIN, 'summarize', 'many.csv', '--format', 'json', '-o', 'out.json', '-q'],
      { cwd: directory, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } },
    )
    expect(result.stderr.toString()).toBe('')
    expect(result.status).toBe(0)
    const document = JSON.parse(readFileSync(join(directory, 'out.json'), 'utf8'))
    expect(document.by_partner).toHaveLength(30_000)
    expect(document.totals.jobs).toBe(30_000)
  }, 60_000)
})

describe('a closed pipe ends the run quietly (item 6)', () => {
  it('validate of 100,000 bad rows | head -1', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'allbad.csv'),
      rows(100_000, index => `P${index},20x6,A,1\n`),
    )
    const result = await pipeline('"$NODE" "$BIN" validate allbad.csv | head -1', directory)
    expect(result.stdout).toBe(
      'allbad.csv:2: column "year": not a year (expected four digits, such as 2016) (value "20x6")\n',
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('validate --format json | head -c100', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'allbad.csv'),
      rows(100_000, index => `P${index},20x6,A,1\n`),
    )
    const result = await pipeline('"$NODE" "$BIN" validate allbad.csv --format json | head -c100', directory)
    expect(result.stdout).toHaveLength(100)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('trace of 200,000 records | head -c100', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'big.csv'),
      rows(200_000, index => `P${index},2016,A,1\n`),
    )
    const result = await pipeline('"$NODE" "$BIN" trace big.csv --metric jobs | head -c100', directory)
    expect(result.stdoutBytes).toBe(100)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('summarize --by project | head -1, with problems on a closed stderr too', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'big.csv'),
      rows(100_000, index => `P${index},${index % 7 === 0 ? '20x6' : '2016'},A,1\n`),
    )
    const result = await pipeline(
      '"$NODE" "$BIN" summarize big.csv --by project --skip-invalid 2>&1 | head -1',
      directory,
    )
    expect(result.stdout).toMatch(/^big\.csv:2: column "year"/)
    expect(result.code).toBe(0)
  })
})

describe('a flood of problems prints the first 1,000 of a file, then counts (item 7)', () => {
  it('3,000 bad rows under --skip-invalid: 1,000 lines, a count, and the rejects file keeps all 3,000', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'bad.csv'),
      rows(3_010, index => (index < 10 ? `P${index},2016,A,1\n` : `P${index},20x6,A,1\n`)),
    )
    const result = await runCli(['summarize', 'bad.csv', '--rejects', 'rejects.csv', '--format', 'json'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(0)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1_002)
    expect(lines[999]).toMatch(/^bad\.csv:1011: column "year"/)
    expect(lines[1000]).toBe(
      "bad.csv: 2000 errors and 0 warnings more, not shown (a file's first 1000 problems are printed); lup-impact validate lists every one, and --rejects FILE keeps every rejected row",
    )
    expect(lines[1001]).toBe(
      'warning: skipped 3000 invalid records; the figures leave them out (written to rejects.csv)',
    )
    expect(readFileSync(join(directory, 'rejects.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(3_001)
    expect(JSON.parse(result.stdout).problems).toEqual({ errors: 3000, warnings: 0, skipped_records: 3000 })
  })

  it('validate still lists every problem: its report is its data', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'bad.csv'),
      rows(3_000, index => `P${index},20x6,A,1\n`),
    )
    const result = await runCli(['validate', 'bad.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3_001)
  })
})

describe('a bound on distinct names, with a located error (item 8)', () => {
  it('500,001 distinct partners end at the line that passes the bound, exit 1, no V8 fatal error', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'names.csv'),
      rows(500_003, index => `P${index % 1000},2016,Partner ${index},1\n`),
    )
    // --allow-overlap: every project's year here has many partner sets, which this test is not about.
    const result = await runCli(['summarize', 'names.csv', '--allow-overlap'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'names.csv:500002: more than 500,000 distinct partners: lup-impact keeps each in memory, and stops here rather than run out of it; split the input, or check that the column holds what it should\nerror: 1 error in the input files; nothing summarised\n',
    )
  }, 120_000)
})

describe('no hangs on endless, binary or special inputs (item 9)', () => {
  it.each(['/dev/zero', '/dev/urandom'])('summarize %s: binary data, exit 1', async device => {
    const result = await runCli(['summarize', device])
    expect(result.exitCode).toBe(1)
    // Random bytes may hold a line break before the bytes that give them away: the line is whichever that is.
    const line = device === '/dev/zero' ? '1' : String.raw`\d+`
    expect(result.stderr).toMatch(
      new RegExp(
        `^${device}:${line}: binary data, not a CSV text file\nerror: 1 error in the input files; nothing summarised\n$`,
      ),
    )
  })

  it('yes aaaa | summarize -: a bad header ends the run, though the input never does', async () => {
    const result = await pipeline('yes aaaa | "$NODE" "$BIN" summarize -', scratch())
    expect(result.stderr).toMatch(/^<stdin>:1: missing required columns "project_id", "year", "partner"; found "aaaa"/)
  })

  it('an endless stream of NUL bytes on standard input stops at the first chunk', async () => {
    const result = await pipeline('"$NODE" "$BIN" summarize - < /dev/zero', scratch())
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      '<stdin>:1: binary data, not a CSV text file\nerror: 1 error in the input files; nothing summarised\n',
    )
  })

  it('a 2 GB sparse file is decided by its first bytes', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'sparse.csv'), '')
    truncateSync(join(directory, 'sparse.csv'), 2 * 2 ** 30)
    const result = await runCli(['summarize', 'sparse.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^sparse\.csv:1: binary data/)
  })

  const reportCheck = async (prepare: (out: string) => void): Promise<{ exitCode: number | null; stderr: string }> => {
    const directory = scratch()
    const out = join(directory, 'report')
    const written = await runCli(['report', SAMPLE, '--out', out, '-q'])
    expect(written.exitCode).toBe(0)
    prepare(out)
    return runCli(['report', SAMPLE, '--out', out, '--check'])
  }

  it('report --check where summary.json is a FIFO: not a file, no hang', async () => {
    const result = await reportCheck(out => {
      execFileSync('rm', [join(out, 'summary.json')])
      execFileSync('mkfifo', [join(out, 'summary.json')])
    })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/summary\.json: not a file\n/)
  })

  it('report --check where summary.json links to /dev/zero: not a file, no memory growth', async () => {
    const result = await reportCheck(out => {
      execFileSync('rm', [join(out, 'summary.json')])
      symlinkSync('/dev/zero', join(out, 'summary.json'))
    })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/summary\.json: not a file\n/)
  })

  it('report --check reads no more of a file than it should be', async () => {
    const result = await reportCheck(out => {
      execFileSync('truncate', ['-s', '1G', join(out, 'report.md')])
    })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/report\.md: differs from line \d+\n/)
  })

  it('an endless --cpi (a FIFO fed by `yes`) ends at its 1,000th problem', async () => {
    const directory = scratch()
    execFileSync('mkfifo', [join(directory, 'cpi')])
    const result = await pipeline(
      `(echo year,kpi; yes 2015,100) > cpi & "$NODE" "$BIN" summarize ${JSON.stringify(SAMPLE)} --real 2020 --cpi cpi`,
      directory,
    )
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(
      'error: 1000 errors in the price index cpi; nothing computed',
    )
  })

  it('check --against /dev/zero is refused by size', async () => {
    const result = await runCli(['check', SAMPLE, '--against', '/dev/zero'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'error: --against /dev/zero: larger than 16 MiB, which no targets file is; nothing checked\n',
    )
  })
})

describe('the smaller findings of item 14', () => {
  it('the rejects CSV guards formulas in its file and record columns', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, '=x.csv'),
      `${HEADER}=HYPERLINK("http://evil"),20x6,A,1\n@SUM(1),2016,B,-1\nP3,2016,C,1\n`,
    )
    const result = await runCli(['summarize', '=x.csv', '--rejects', 'rejects.csv', '-q'], { cwd: directory })
    expect(result.exitCode).toBe(0)
    const lines = readFileSync(join(directory, 'rejects.csv'), 'utf8').trimEnd().split('\n')
    expect(lines[1]).toMatch(/^'=x\.csv,2,.*,"'=HYPERLINK\(""http:\/\/evil""\),20x6,A,1"$/)
    expect(lines[2]).toMatch(/^'=x\.csv,3,.*,"'@SUM\(1\),2016,B,-1"$/)
  })

  it('a NUL on line 4 is reported at line 4', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'nul.csv'), `${HEADER}P1,2016,A,1\nP2,2016,B,1\nP3,2016,C\u0000,1\n`)
    const result = await runCli(['summarize', 'nul.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^nul\.csv:4: binary data/)
  })

  it('a NUL after the first 4 KB is an error at its line, not part of a name', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'nul.csv'),
      `${rows(400, index => `P${index},2016,A,1\n`)}P400,2016,Bad\u0000name,1\nP401,2016,B,1\n`,
    )
    const result = await runCli(['summarize', 'nul.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe(
      'nul.csv:402: a NUL character: this is binary data, not CSV text; the rest of the file was not read\nerror: 1 error in the input files; nothing summarised\n',
    )
  })

  it('an invalid byte in a file with CR line ends is reported at its line', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'cr.csv'),
      Buffer.concat([
        Buffer.from('project_id,year,partner,jobs\rP1,2016,Ås,1\rP2,2016,'),
        Buffer.from([0xff]),
        Buffer.from(',1\r'),
      ]),
    )
    const result = await runCli(['summarize', 'cr.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^cr\.csv:3: not valid UTF-8/)
  })

  it('Windows-1252 followed by UTF-8 is an error (mixed encodings), as the reverse is', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'mixed.csv'),
      Buffer.concat([
        Buffer.from(`${HEADER}P1,2016,`),
        Buffer.from('Tromsø kommune', 'latin1'),
        Buffer.from(',1\nP2,2016,Tromsø kommune,1\n'),
      ]),
    )
    const result = await runCli(['summarize', 'mixed.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^mixed\.csv:3: UTF-8 text after Windows-1252 text: the file mixes encodings/)
  })

  it('UTF-8-encoded surrogates (CESU-8) are an error, not Windows-1252', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'cesu.csv'),
      Buffer.concat([
        Buffer.from(`${HEADER}P1,2016,A`),
        Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]),
        Buffer.from(',1\n'),
      ]),
    )
    const result = await runCli(['summarize', 'cesu.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^cesu\.csv:2: not valid UTF-8: an encoded UTF-16 surrogate/)
  })

  it('records 200 years apart or more: the record that widens the span is an error naming the other end', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'years.csv'), `${HEADER}P1,2016,A,1\nP2,9999,B,1\nP3,1000,C,1\nP4,2200,D,1\n`)
    const result = await runCli(['summarize', 'years.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe(
      [
        'years.csv:3: column "year": year 9999 is more than 200 years from 2016 (years.csv:2); a data set spans at most 200 years (a mistyped year?) (value "9999")',
        'years.csv:4: column "year": year 1000 is more than 200 years from 2016 (years.csv:2); a data set spans at most 200 years (a mistyped year?) (value "1000")',
        'error: 2 errors in 4 records; nothing summarised (pass --skip-invalid to summarise the valid records)',
        '',
      ].join('\n'),
    )
  })
})
