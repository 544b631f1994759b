// Nothing lost: what the real CLI does to the files it writes (issue 11, items 1-4; issue 14, the mode
// of -o). Each case runs the built CLI on real files in a scratch directory and looks at the files
// afterwards: what they hold, their kind and mode, and that no temporary file is left.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compiledModule } from '../helpers/compiled-module.js'
import { BIN, ROOT, runCli, SAMPLE_JOBS_NOTE } from '../helpers/run-cli.js'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-outputs-'))
const SAMPLE = join(ROOT, 'data/lup-sample.csv')
const GOOD = 'project_id,year,partner,jobs\nP1,2016,A,1\nP2,2017,B,2\n'
const WITH_BAD_ROW = 'project_id,year,partner,jobs\nP1,2016,A,1\nP2,20x7,B,2\n'
const temporaries = (directory: string): string[] => readdirSync(directory).filter(name => name.endsWith('.tmp'))

/**
 * A device node of our own in a scratch directory (as root: mknod), or null where one cannot be made.
 * Tests never name /dev/null, /dev/full or /dev/stdout where code that renames over its target (the
 * bug they pin) would replace the machine's own node: they use these, or /dev/fd/1, whose directory
 * (/proc/self/fd) takes no temporary file.
 */
function ownDevice(name: 'null' | 'full'): string | null {
  const path = join(scratch(), name)
  try {
    execFileSync('mknod', ['-m', '666', path, 'c', '1', name === 'null' ? '3' : '7'], { stdio: 'ignore' })
    return path
  } catch {
    return null
  }
}

describe('an output that is an input or another output is refused, and nothing is touched', () => {
  const cases: [string, (directory: string) => string[], RegExp][] = [
    [
      '-o over the input',
      () => ['summarize', 'in.csv', '-o', 'in.csv', '--format', 'csv'],
      /-o "in\.csv".*the input "in\.csv"/,
    ],
    [
      '--rejects over the input',
      () => ['summarize', 'in.csv', '--rejects', 'in.csv'],
      /--rejects "in\.csv".*the input/,
    ],
    [
      '-o over ./input',
      () => ['summarize', './in.csv', '-o', 'in.csv'],
      /-o "in\.csv" is the same file as the input "\.\/in\.csv"/,
    ],
    [
      '--rejects and -o the same file',
      () => ['summarize', 'in.csv', '--rejects', 'x.csv', '-o', 'x.csv'],
      /--rejects "x\.csv" is the same file as -o "x\.csv"/,
    ],
    [
      'a symbolic link to the input',
      directory => {
        symlinkSync(join(directory, 'in.csv'), join(directory, 'link.csv'))
        return ['summarize', 'in.csv', '-o', 'link.csv']
      },
      /-o "link\.csv" is the same file as the input "in\.csv"/,
    ],
    [
      'a hard link to the input',
      directory => {
        linkSync(join(directory, 'in.csv'), join(directory, 'hard.csv'))
        return ['summarize', 'in.csv', '--rejects', 'hard.csv']
      },
      /--rejects "hard\.csv" is the same file as the input "in\.csv"/,
    ],
    [
      'report --out the directory of an input',
      directory => {
        mkdirSync(join(directory, 'rd'))
        writeFileSync(join(directory, 'rd/summary.csv'), GOOD)
        return ['report', 'rd/summary.csv', '--out', 'rd']
      },
      /--out "rd\/summary\.csv" is the same file as the input "rd\/summary\.csv"/,
    ],
    [
      'check --rejects over the targets file',
      () => ['check', 'in.csv', '--against', 't.json', '--rejects', 't.json'],
      /--rejects "t\.json" is the same file as --against "t\.json"/,
    ],
  ]
  it.each(cases)('%s: exit 2, both paths named', async (_name, args, message) => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), WITH_BAD_ROW)
    writeFileSync(join(directory, 't.json'), '{"schema_version": 1, "source": {}, "targets": []}')
    const invocation = args(directory)
    const before = readdirSync(directory).map(name => [
      name,
      lstatSync(join(directory, name)).isFile() ? readFileSync(join(directory, name), 'utf8') : 'dir',
    ])
    const result = await runCli(invocation, { cwd: directory })
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr.split('\n')).toHaveLength(2)
    const after = readdirSync(directory).map(name => [
      name,
      lstatSync(join(directory, name)).isFile() ? readFileSync(join(directory, name), 'utf8') : 'dir',
    ])
    expect(after).toEqual(before)
  })

  it('an input redirected from the file -o names (`- < in.csv -o in.csv`)', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), GOOD)
    const stdin = openSync(join(directory, 'in.csv'), 'r')
    const result = await new Promise<{ code: number | null; stderr: string }>(resolve => {
      const child = spawn(process.execPath, [BIN, 'summarize', '-', '-o', 'in.csv'], {
        cwd: directory,
        stdio: [stdin, 'ignore', 'pipe'],
        env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
      })
      let stderr = ''
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('close', code => resolve({ code, stderr }))
    })
    closeSync(stdin)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: -o "in.csv" is the same file as standard input ("-"); an output must not overwrite an input or another output, so nothing was read or written\n',
    )
    expect(readFileSync(join(directory, 'in.csv'), 'utf8')).toBe(GOOD)
  })

  it('standard output is an output too: --rejects /dev/fd/1 beside the table, and `>> input`', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), GOOD)
    const shell = (command: string): string =>
      execFileSync('bash', ['-c', `${command}; echo "exit $?"`], {
        cwd: directory,
        env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NODE: process.execPath, BIN },
        encoding: 'utf8',
      })
    expect(shell('"$NODE" "$BIN" summarize in.csv --rejects /dev/fd/1 2>&1 | cat')).toBe(
      'error: --rejects "/dev/fd/1" is the same file as standard output; an output must not overwrite an input or another output, so nothing was read or written\nexit 0\n',
    )
    expect(shell('"$NODE" "$BIN" summarize in.csv >> in.csv 2>err.txt; cat err.txt')).toBe(
      'error: standard output is the same file as the input "in.csv"; an output must not overwrite an input or another output, so nothing was read or written\nexit 0\n',
    )
    expect(readFileSync(join(directory, 'in.csv'), 'utf8')).toBe(GOOD)
    // Throwing both away is fine (a null device of our own where we may make one).
    const nullDevice = ownDevice('null')
    if (nullDevice !== null) {
      expect(shell(`"$NODE" "$BIN" summarize in.csv --rejects ${nullDevice} > ${nullDevice}`)).toBe('exit 0\n')
      // Nothing read from it can be lost by writing there: an empty members file is the only complaint.
      expect(shell(`"$NODE" "$BIN" summarize in.csv --members ${nullDevice} 2>&1 > ${nullDevice} | head -1`)).toBe(
        `${nullDevice}:1: no header row: the file is empty or has only blank lines\nexit 0\n`,
      )
    }
  })

  it('the same input given twice is refused, not reported as a duplicate of itself', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'base.csv'), GOOD)
    const result = await runCli(['summarize', 'base.csv', './base.csv'], { cwd: directory })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'error: the input "base.csv" and the input "./base.csv" are the same file, given twice (its records would count twice); give each file once\n',
    )
  })

  it('in Norwegian too', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), GOOD)
    const result = await runCli(['summarize', 'in.csv', '-o', 'in.csv', '--lang', 'nb'], { cwd: directory })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'feil: -o «in.csv» er samme fil som inndatafilen «in.csv»; en utdatafil kan ikke skrive over en inndatafil eller en annen utdatafil, så ingenting ble lest eller skrevet\n',
    )
  })
})

/** Runs the CLI with `target` a FIFO that a `cat` reads; returns what the reader got and the run's result. */
async function throughFifo(
  args: (fifo: string) => string[],
): Promise<{ read: string; code: number | null; fifo: string }> {
  const directory = scratch()
  const fifo = join(directory, 'pipe')
  execFileSync('mkfifo', [fifo])
  const reader = spawn('cat', [fifo])
  let read = ''
  reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()))
  const readerDone = new Promise(resolve => reader.on('close', resolve))
  const result = await runCli(args(fifo), { cwd: ROOT })
  await readerDone
  return { read, code: result.exitCode, fifo }
}

describe('devices, FIFOs and /dev/stdout are written in place, never replaced', () => {
  it('-o FIFO: the reader gets the output; the FIFO stays a FIFO', async () => {
    const { read, code, fifo } = await throughFifo(fifo => ['summarize', SAMPLE, '--format', 'csv', '-o', fifo])
    expect(code).toBe(0)
    expect(read).toMatch(/^group,year,partner,records/)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('--rejects FIFO: the reader gets the rejected rows; the FIFO stays a FIFO', async () => {
    const { read, code, fifo } = await throughFifo(fifo => [
      'summarize',
      join(ROOT, 'test/fixtures/ten-problems.csv'),
      '--rejects',
      fifo,
      '-q',
    ])
    expect(code).toBe(0)
    expect(read.split('\n')[0]).toBe('file,line,reason,record')
    expect(read.split('\n').length).toBe(12)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('-o a character device (a null device made with mknod, as root) stays that device', async () => {
    const directory = scratch()
    const device = join(directory, 'null')
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' })
    } catch {
      // Not root (or no mknod here): /dev/null itself is the device then; it must stay one.
      const before = statSync('/dev/null')
      const result = await runCli(['summarize', SAMPLE, '-o', '/dev/null', '--rejects', join(directory, 'r.csv')])
      expect(result.exitCode).toBe(0)
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
      expect(statSync('/dev/null').ino).toBe(before.ino)
      return
    }
    const result = await runCli(['summarize', SAMPLE, '-o', device, '--format', 'json'])
    expect(result).toEqual({ stdout: '', stderr: SAMPLE_JOBS_NOTE, exitCode: 0 })
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
    expect(readdirSync(directory)).toEqual(['null'])
    const rejects = await runCli(['summarize', join(ROOT, 'test/fixtures/ten-problems.csv'), '--rejects', device, '-q'])
    expect(rejects.exitCode).toBe(0)
    expect(lstatSync(device).isCharacterDevice()).toBe(true)
  })

  it('-o /dev/fd/1 writes to standard output', async () => {
    const result = await runCli(['summarize', SAMPLE, '--format', 'csv', '-o', '/dev/fd/1'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(/^group,year,partner,records/)
  })

  it('-o a full device is a plain I/O error (no space left on device), exit 2', async () => {
    // Our own full device where we may make one; else /dev/full, which a non-root run cannot replace.
    const full = ownDevice('full') ?? '/dev/full'
    const result = await runCli(['summarize', SAMPLE, '-o', full])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(`${SAMPLE_JOBS_NOTE}error: cannot write "${full}": no space left on device\n`)
    expect(statSync(full).isCharacterDevice()).toBe(true)
  })
})

describe('an existing output keeps its mode, owner and link', () => {
  it('-o over a 600 file leaves it 600', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'out.csv'), 'old\n')
    chmodSync(join(directory, 'out.csv'), 0o600)
    const result = await runCli(['summarize', SAMPLE, '--format', 'csv', '-o', 'out.csv'], { cwd: directory })
    expect(result.exitCode).toBe(0)
    expect(statSync(join(directory, 'out.csv')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(directory, 'out.csv'), 'utf8')).toMatch(/^group,/)
  })

  it('--rejects over a 640 file leaves it 640', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'r.csv'), 'old\n')
    chmodSync(join(directory, 'r.csv'), 0o640)
    const result = await runCli(
      ['summarize', join(ROOT, 'test/fixtures/ten-problems.csv'), '--rejects', 'r.csv', '-q'],
      {
        cwd: directory,
      },
    )
    expect(result.exitCode).toBe(0)
    expect(statSync(join(directory, 'r.csv')).mode & 0o777).toBe(0o640)
  })

  it('-o through a symbolic link writes the file it points to, and the link stays a link', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'real.csv'), 'old\n')
    symlinkSync('real.csv', join(directory, 'link.csv'))
    const result = await runCli(['summarize', SAMPLE, '--format', 'csv', '-o', 'link.csv'], { cwd: directory })
    expect(result.exitCode).toBe(0)
    expect(lstatSync(join(directory, 'link.csv')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(directory, 'real.csv'), 'utf8')).toMatch(/^group,/)
  })

  it('-o and --rejects through links that point to nothing yet create the files they point to', async () => {
    const directory = scratch()
    mkdirSync(join(directory, 'results'))
    symlinkSync('results/summary.csv', join(directory, 'latest.csv'))
    symlinkSync(join(directory, 'results', 'rejects.csv'), join(directory, 'latest-rejects.csv'))
    const result = await runCli(
      [
        'summarize',
        join(ROOT, 'test/fixtures/ten-problems.csv'),
        '--format',
        'csv',
        '-o',
        'latest.csv',
        '--rejects',
        'latest-rejects.csv',
        '-q',
      ],
      { cwd: directory },
    )
    expect(result.exitCode).toBe(0)
    expect(lstatSync(join(directory, 'latest.csv')).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(directory, 'latest-rejects.csv')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(directory, 'results', 'summary.csv'), 'utf8')).toMatch(/^group,/)
    expect(readFileSync(join(directory, 'results', 'rejects.csv'), 'utf8')).toMatch(/^file,line,reason,record\n/)
  })

  it('two outputs through links to one file that is not there yet are refused', async () => {
    const directory = scratch()
    symlinkSync('target.csv', join(directory, 'one.csv'))
    symlinkSync('target.csv', join(directory, 'two.csv'))
    const result = await runCli(['summarize', SAMPLE, '-o', 'one.csv', '--rejects', 'two.csv'], { cwd: directory })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'error: --rejects "two.csv" is the same file as -o "one.csv"; an output must not overwrite an input or another output, so nothing was read or written\n',
    )
    expect(readdirSync(directory).sort()).toEqual(['one.csv', 'two.csv'])
  })

  it('report --out over private files leaves them private, with their owner; a linked one stays a link', async () => {
    const out = join(scratch(), 'report')
    const shared = join(scratch(), 'shared-report.md')
    expect((await runCli(['report', SAMPLE, '--out', out, '-q'])).exitCode).toBe(0)
    chmodSync(join(out, 'summary.json'), 0o600)
    chmodSync(join(out, 'summary.csv'), 0o640)
    chmodSync(join(out, 'summary.xlsx'), 0o600)
    writeFileSync(shared, 'old\n')
    rmSync(join(out, 'report.md'))
    symlinkSync(shared, join(out, 'report.md'))
    const owned = process.getuid?.() === 0
    if (owned) chownSync(join(out, 'summary.csv'), 1234, 4321) // only root may give a file away
    const result = await runCli(['report', join(ROOT, 'test/fixtures/ten-problems.csv'), '--out', out, '-q'])
    expect(result.exitCode).toBe(1)
    expect((await runCli(['report', SAMPLE, '--out', out, '--lang', 'nb', '-q'])).exitCode).toBe(0)
    expect(statSync(join(out, 'summary.json')).mode & 0o777).toBe(0o600)
    expect(statSync(join(out, 'summary.csv')).mode & 0o777).toBe(0o640)
    expect(statSync(join(out, 'summary.xlsx')).mode & 0o777).toBe(0o600)
    if (owned) expect(statSync(join(out, 'summary.csv'))).toMatchObject({ uid: 1234, gid: 4321 })
    expect(lstatSync(join(out, 'report.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(shared, 'utf8')).toMatch(/^# /)
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toContain('"schema_version"')
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.md', 'summary.csv', 'summary.json', 'summary.xlsx'])
  })
})

describe('a run that fails leaves the previous --rejects and -o files as they were', () => {
  const cases: [string, string][] = [
    ['a missing required column', 'project_id,year,jobs\nP1,2016,1\n'],
    [
      'a fatal error after the header (a record over the size limit)',
      `project_id,year,partner,jobs\nP1,2016,A,1\nP2,20x6,B,1\nP3,2016,"${'x'.repeat(1_100_000)}",1\n`,
    ],
    ['binary data', `project_id,year,partner,jobs\nP1,2016,A,1\n${'\u0000'.repeat(10)}\n`],
  ]
  it.each(cases)('%s', async (_name, content) => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), content)
    writeFileSync(join(directory, 'rejects.csv'), 'OLD REJECTS\n')
    writeFileSync(join(directory, 'out.json'), 'OLD SUMMARY\n')
    const result = await runCli(['summarize', 'in.csv', '--rejects', 'rejects.csv', '-o', 'out.json'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(1)
    expect(readFileSync(join(directory, 'rejects.csv'), 'utf8')).toBe('OLD REJECTS\n')
    expect(readFileSync(join(directory, 'out.json'), 'utf8')).toBe('OLD SUMMARY\n')
    expect(temporaries(directory)).toEqual([])
  })

  it('a failed --real conversion after the read (a year the price index lacks)', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), 'project_id,year,partner,savings_nok\nP1,1901,A,100\nP2,2016,B,x\n')
    writeFileSync(join(directory, 'rejects.csv'), 'OLD REJECTS\n')
    const result = await runCli(['summarize', 'in.csv', '--rejects', 'rejects.csv', '--real', '2020'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(1)
    expect(readFileSync(join(directory, 'rejects.csv'), 'utf8')).toBe('OLD REJECTS\n')
    expect(temporaries(directory)).toEqual([])
  })

  it('a completed run replaces both', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), WITH_BAD_ROW)
    writeFileSync(join(directory, 'rejects.csv'), 'OLD REJECTS\n')
    const result = await runCli(['summarize', 'in.csv', '--rejects', 'rejects.csv', '-o', 'out.json'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(0)
    expect(readFileSync(join(directory, 'rejects.csv'), 'utf8')).toMatch(/^file,line,reason,record\nin\.csv,3,/)
    expect(JSON.parse(readFileSync(join(directory, 'out.json'), 'utf8')).totals.records).toBe(1)
    expect(temporaries(directory)).toEqual([])
  })

  it('a check that misses a target completed: its --rejects file is written', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'in.csv'), WITH_BAD_ROW)
    const result = await runCli(['check', 'in.csv', '--expect', 'jobs=5', '--rejects', 'rejects.csv'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(1)
    expect(readFileSync(join(directory, 'rejects.csv'), 'utf8')).toMatch(/^file,line,reason,record\nin\.csv,3,/)
  })
})

/** Starts the CLI reading standard input that the test feeds and holds open. */
function startReadingStdin(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
  })
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    if (condition()) return
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error(`gave up waiting for ${what}`)
}

describe('a signal ends the run without leaving temporary files', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s while --rejects is being written', async signal => {
    const directory = scratch()
    const child = startReadingStdin(['summarize', '-', '--rejects', 'rejects.csv', '-q'], directory)
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(resolve =>
      child.on('exit', (code, got) => resolve({ code, signal: got })),
    )
    child.stdin?.write(`project_id,year,partner,jobs\n${'P1,20x6,A,1\n'.repeat(5000)}`)
    await waitFor(() => temporaries(directory).length > 0, 'the temporary rejects file')
    child.kill(signal)
    const ended = await exited
    expect(ended.signal).toBe(signal)
    expect(readdirSync(directory)).toEqual([])
  })

  it('SIGTERM while report holds its directory lock: the lock is removed', async () => {
    const directory = scratch()
    const script = `
      const { lockDirectory } = await import(${JSON.stringify(compiledModule('src/write/atomic-directory.ts'))})
      await lockDirectory(${JSON.stringify(directory)})
      process.stdout.write('locked\\n')
      setInterval(() => {}, 1000)
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>(resolve => child.stdout?.once('data', () => resolve()))
    expect(readdirSync(directory)).toEqual(['.lup-impact.lock'])
    const exited = new Promise(resolve => child.on('exit', (_code, signal) => resolve(signal)))
    child.kill('SIGTERM')
    expect(await exited).toBe('SIGTERM')
    expect(readdirSync(directory)).toEqual([])
  })
})

describe('two report runs into one directory take turns', () => {
  it('a run waits while another holds the lock, then writes its whole set', async () => {
    const directory = scratch()
    const out = join(directory, 'report')
    mkdirSync(out)
    // Another run holds the lock for a second.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { lockDirectory } = await import(${JSON.stringify(compiledModule('src/write/atomic-directory.ts'))})
         const release = await lockDirectory(${JSON.stringify(out)})
         process.stdout.write('locked\\n')
         setTimeout(async () => { await release(); process.stdout.write('released\\n') }, 1000)`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let released = 0
    holder.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('released')) released = Date.now()
    })
    await new Promise<void>(resolve => holder.stdout?.once('data', () => resolve()))
    const result = await runCli(['report', SAMPLE, '--out', out])
    expect(result.exitCode).toBe(0)
    expect(released).toBeGreaterThan(0)
    for (const name of ['summary.json', 'summary.csv', 'summary.xlsx', 'report.md', 'report.html'])
      expect(statSync(join(out, name)).mtimeMs).toBeGreaterThanOrEqual(released - 50)
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.md', 'summary.csv', 'summary.json', 'summary.xlsx'])
  })

  it('a lock left by a process that is gone is taken over', async () => {
    const directory = scratch()
    writeFileSync(join(directory, '.lup-impact.lock'), '2147483646\n')
    const result = await runCli(['report', SAMPLE, '--out', directory])
    expect(result.exitCode).toBe(0)
    expect(existsSync(join(directory, '.lup-impact.lock'))).toBe(false)
  })

  it('concurrent runs on different inputs never leave a mix', async () => {
    const directory = scratch()
    const other = join(directory, 'other.csv')
    writeFileSync(other, GOOD)
    const out = join(directory, 'report')
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        runCli(['report', SAMPLE, '--out', out, '-q']),
        runCli(['report', other, '--out', out, '-q']),
      ])
      expect(results.map(result => result.exitCode)).toEqual([0, 0])
      // One run's set: the JSON, the CSV and the Markdown agree on the input and its record count.
      const json = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
        inputs: { path: string }[]
        totals: { records: number }
      }
      const source = json.inputs[0]?.path as string
      expect([SAMPLE, other]).toContain(source)
      expect(json.totals.records).toBe(source === other ? 2 : 121)
      const total = readFileSync(join(out, 'summary.csv'), 'utf8').split('\n')[1] as string
      expect(total.split(',')[4]).toBe(String(json.totals.records))
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(source.replace(/_/g, '\\_'))
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(source)
    }
  })
})

describe('a full disk and a bad TMPDIR are I/O errors (exit 2), not internal errors', () => {
  it('trace with TMPDIR pointing nowhere', async () => {
    // Nowhere of this test's own: a fixed path such as /nonexistent/tmp is shared by every run on the
    // machine, and one run that made it (as root, Node 24's compile cache did) failed this test in all.
    const nowhere = join(scratch(), 'missing', 'tmp')
    const result = await runCli(['trace', SAMPLE, '--metric', 'jobs'], { env: { TMPDIR: nowhere } })
    expect(result.exitCode).toBe(2)
    expect(result.stderr.replace(/lup-impact-\d+-[0-9a-f]+\.spool/, 'SPOOL')).toBe(
      `error: open "${nowhere}/SPOOL" failed: no such file or directory\n`,
    )
    expect(existsSync(nowhere)).toBe(false)
  })

  it('-o and --rejects on a full file system (a 64 KiB tmpfs, where it can be mounted)', async () => {
    const mount = scratch()
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' })
    } catch {
      console.warn('tmpfs cannot be mounted here (not root?): the full-disk case runs on /dev/full only')
      return
    }
    try {
      writeFileSync(join(mount, 'out.json'), 'OLD\n')
      const big = join(scratch(), 'big.csv')
      writeFileSync(
        big,
        `project_id,year,partner,jobs\n${Array.from({ length: 3000 }, (_, row) => `P${row},2016,Partner number ${row},1\n`).join('')}`,
      )
      const result = await runCli([
        'summarize',
        big,
        '--by',
        'partner',
        '--format',
        'json',
        '-o',
        join(mount, 'out.json'),
      ])
      expect(result.exitCode).toBe(2)
      expect(result.stderr).toMatch(/cannot write ".*out\.json": no space left on device\n$/)
      expect(readFileSync(join(mount, 'out.json'), 'utf8')).toBe('OLD\n')
      expect(temporaries(mount)).toEqual([])
      const bad = join(scratch(), 'bad.csv')
      writeFileSync(bad, `project_id,year,partner,jobs\n${`P1,20x6,${'A'.repeat(100)},1\n`.repeat(2000)}`)
      const rejects = await runCli(['summarize', bad, '--rejects', join(mount, 'r.csv'), '-q'])
      expect(rejects.exitCode).toBe(2)
      expect(rejects.stderr).toMatch(/cannot write ".*r\.csv": no space left on device\n$/)
      expect(temporaries(mount)).toEqual([])
    } finally {
      execFileSync('umount', [mount])
    }
  })

  it('report --out on a full file system leaves no lock behind, nor the directory it made', async () => {
    const mount = scratch()
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' })
    } catch {
      console.warn('tmpfs cannot be mounted here (not root?): the full-disk report case is skipped')
      return
    }
    try {
      mkdirSync(join(mount, 'old'))
      // Full to the last block: a new file can be made, but not written.
      try {
        for (let block = 0; ; block++) writeFileSync(join(mount, `filler-${block}`), Buffer.alloc(4096))
      } catch {}
      for (const out of ['old', 'new']) {
        const result = await runCli(['report', SAMPLE, '--out', join(mount, out)])
        expect(result.exitCode).toBe(2)
        expect(result.stderr).toMatch(/cannot write there \(no space left on device\)\n$/)
      }
      expect(readdirSync(join(mount, 'old'))).toEqual([])
      expect(existsSync(join(mount, 'new'))).toBe(false)
    } finally {
      execFileSync('umount', [mount])
    }
  })
})

describe('an empty output name (an unset variable) writes nowhere', () => {
  it('report --out "" is refused, and nothing lands in the current directory', async () => {
    const directory = scratch()
    const result = await runCli(['report', SAMPLE, '--out', ''], { cwd: directory })
    expect(result).toEqual({
      stdout: '',
      stderr:
        'error: --out "": an empty name is no directory (an unset variable?); nothing was written; for the current directory, write --out .\n',
      exitCode: 2,
    })
    expect(readdirSync(directory)).toEqual([])
    const nb = await runCli(['report', SAMPLE, '--out', '', '--lang', 'nb'], { cwd: directory })
    expect(nb.stderr).toMatch(/^feil: --out "": et tomt navn er ingen mappe/)
    expect(readdirSync(directory)).toEqual([])
  })
})

describe('the system says why, in the same words everywhere', () => {
  // The sample's jobs look held in places; saying what they are keeps the hint out of the stderr compared here.
  const STATED = ['--jobs', 'new']
  const long = 'x'.repeat(300)

  it('a name too long: every command names the file and says so, never a bare code or "permission denied"', async () => {
    const directory = scratch()
    const cases: [string[], string][] = [
      [['summarize', SAMPLE, ...STATED, '-o', `${long}.csv`], `error: cannot write "${long}.csv": name too long\n`],
      [
        ['summarize', SAMPLE, ...STATED, '--rejects', `${long}.csv`],
        `error: cannot write "${long}.csv": name too long\n`,
      ],
      [['summarize', `${long}.csv`], `error: cannot read "${long}.csv": name too long\n`],
      [['report', SAMPLE, ...STATED, '--out', long], `error: --out ${long}: cannot write there (name too long)\n`],
      [['init', long], `error: cannot write "${long}": name too long\n`],
      [
        ['summarize', SAMPLE, ...STATED, '-o', `${long}.csv`, '--lang', 'nb'],
        `feil: kan ikke skrive «${long}.csv»: navnet er for langt\n`,
      ],
    ]
    for (const [args, stderr] of cases) {
      const result = await runCli(args, { cwd: directory })
      expect({ args, stderr: result.stderr, exitCode: result.exitCode }).toEqual({ args, stderr, exitCode: 2 })
    }
  })

  it('a read-only file system is named as one, for -o as for report --out (where one can be mounted)', async () => {
    const mount = scratch()
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', mount], { stdio: 'ignore' })
    } catch {
      console.warn('tmpfs cannot be mounted here (not root?): the read-only case is skipped')
      return
    }
    try {
      const output = await runCli(['summarize', SAMPLE, ...STATED, '-o', join(mount, 'out.csv')])
      expect(output.stderr).toBe(`error: cannot write "${join(mount, 'out.csv')}": read-only file system\n`)
      const report = await runCli(['report', SAMPLE, ...STATED, '--out', mount])
      expect(report.stderr).toBe(`error: --out ${mount}: cannot write there (read-only file system)\n`)
      const nb = await runCli(['report', SAMPLE, ...STATED, '--out', join(mount, 'ny'), '--lang', 'nb'])
      expect(nb.stderr).toBe(`feil: --out ${join(mount, 'ny')}: kan ikke opprette mappen (skrivebeskyttet filsystem)\n`)
      expect([output.exitCode, report.exitCode, nb.exitCode]).toEqual([2, 2, 2])
    } finally {
      execFileSync('umount', [mount])
    }
  })

  it('a failed check says so with the prefix of the run language', async () => {
    const result = await runCli(['check', SAMPLE, ...STATED, '--expect', 'jobs=1', '--lang', 'nb'])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('feil: 1 av 1 mål er ikke nådd\n')
  })
})

describe('a pipe named by path whose reader goes away ends the run quietly, as stdout does', () => {
  it.each([['-o'], ['--rejects']])('%s FIFO read by `head -c 1`', async option => {
    const directory = scratch()
    const fifo = join(directory, 'pipe')
    execFileSync('mkfifo', [fifo])
    const many = join(directory, 'many.csv')
    writeFileSync(
      many,
      `project_id,year,partner,jobs\n${Array.from({ length: 20000 }, (_, row) => `P${row},20${option === '-o' ? '16' : 'x6'},Partner ${row},1\n`).join('')}`,
    )
    const reader = spawn('head', ['-c', '1', fifo], { stdio: ['ignore', 'ignore', 'ignore'] })
    const readerDone = new Promise(resolve => reader.on('close', resolve))
    const args =
      option === '-o'
        ? ['summarize', many, '--by', 'project', '--format', 'csv', '-o', fifo]
        : ['summarize', many, '--rejects', fifo, '-q', '-o', join(directory, 'out.csv')]
    const result = await runCli(args)
    await readerDone
    expect({ exitCode: result.exitCode, stderr: result.stderr.split('\n').at(-2) ?? '' }).toEqual({
      exitCode: 0,
      stderr: option === '-o' ? '' : expect.stringMatching(/more, not shown/),
    })
    expect(result.stderr).not.toMatch(/EPIPE|pipe/)
  })
})
