import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  compareWithDirectory,
  DirectoryWriteError,
  firstDifferentLine,
  LOCK_NAME,
  lockDirectory,
  writeFilesAtomically,
} from '../../src/write/atomic-directory.js'

const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-dir-'))
const FILES = [
  { name: 'a.txt', content: 'one\ntwo\n' },
  { name: 'b.txt', content: 'three\n' },
]

describe('writeFilesAtomically', () => {
  it('creates the directory, parents included, and writes every file', async () => {
    const directory = join(scratch(), 'deep', 'report')
    await writeFilesAtomically(directory, FILES)
    expect(readdirSync(directory).sort()).toEqual(['a.txt', 'b.txt'])
    expect(readFileSync(join(directory, 'a.txt'), 'utf8')).toBe('one\ntwo\n')
  })

  it('replaces what was there and leaves other files alone', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'a.txt'), 'old')
    writeFileSync(join(directory, 'README'), 'mine')
    await writeFilesAtomically(directory, FILES)
    expect(readdirSync(directory).sort()).toEqual(['README', 'a.txt', 'b.txt'])
    expect(readFileSync(join(directory, 'a.txt'), 'utf8')).toBe('one\ntwo\n')
  })

  it('changes nothing when one file cannot be written, and removes its temporaries', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'a.txt'), 'old')
    const failing = [...FILES, { name: join('no-such-folder', 'c.txt'), content: 'x' }]
    await expect(writeFilesAtomically(directory, failing)).rejects.toBeInstanceOf(DirectoryWriteError)
    expect(readdirSync(directory)).toEqual(['a.txt'])
    expect(readFileSync(join(directory, 'a.txt'), 'utf8')).toBe('old')
  })

  it('removes a directory it created when writing fails', async () => {
    const parent = scratch()
    await expect(
      writeFilesAtomically(join(parent, 'new', 'report'), [{ name: join('missing', 'x'), content: '' }]),
    ).rejects.toThrow()
    expect(readdirSync(parent)).toEqual([])
  })

  it('refuses a target that is a directory before writing anything', async () => {
    const directory = scratch()
    mkdirSync(join(directory, 'b.txt'))
    const error = await writeFilesAtomically(directory, FILES).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DirectoryWriteError)
    expect((error as DirectoryWriteError).problem).toBe('target-is-directory')
    expect(readdirSync(directory)).toEqual(['b.txt'])
  })

  it('refuses a directory that is a file', async () => {
    const path = join(scratch(), 'report')
    writeFileSync(path, 'a file')
    const error = await writeFilesAtomically(path, FILES).catch((caught: unknown) => caught)
    expect((error as DirectoryWriteError).problem).toBe('not-a-directory')
  })
})

describe('compareWithDirectory', () => {
  it('tells same, differs (with the line), missing and not a file apart, and writes nothing', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'a.txt'), 'one\n2\n')
    const files = [...FILES, { name: 'c.txt', content: '' }, { name: 'd', content: '' }]
    mkdirSync(join(directory, 'd'))
    expect(await compareWithDirectory(directory, files)).toEqual([
      { name: 'a.txt', status: 'differs', line: 2 },
      { name: 'b.txt', status: 'missing' },
      { name: 'c.txt', status: 'missing' },
      { name: 'd', status: 'not-a-file' },
    ])
    await writeFilesAtomically(directory, FILES)
    expect((await compareWithDirectory(directory, FILES)).map(entry => entry.status)).toEqual(['same', 'same'])
    expect(existsSync(join(directory, 'c.txt'))).toBe(false)
  })

  it('finds the first different line', () => {
    expect(firstDifferentLine('a\nb\nc', 'a\nb\nc\nd')).toBe(4)
    expect(firstDifferentLine('x', 'y')).toBe(1)
  })
})

describe('lockDirectory', () => {
  // A lock any run makes is a small regular file holding a process id. Anything else in its place is
  // not read (a link to /dev/zero would be read forever, a FIFO would wait for a writer forever): the
  // directory counts as locked by someone unknown, at once.
  it('refuses a lock that is a link to an endless device, without reading it', async () => {
    const directory = scratch()
    symlinkSync('/dev/zero', join(directory, LOCK_NAME))
    const error = await lockDirectory(directory).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DirectoryWriteError)
    expect(error).toMatchObject({ problem: 'locked', reason: 'unknown' })
  })

  it('refuses a lock that is a FIFO, without waiting for a writer', async () => {
    const directory = scratch()
    execFileSync('mkfifo', [join(directory, LOCK_NAME)])
    const error = await lockDirectory(directory).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ problem: 'locked', reason: 'unknown' })
  })

  it('takes over a stale lock and releases its own', async () => {
    const directory = scratch()
    writeFileSync(join(directory, LOCK_NAME), '2147483646\n')
    const release = await lockDirectory(directory, 0)
    expect(readFileSync(join(directory, LOCK_NAME), 'utf8')).toBe(`${process.pid}\n`)
    await release()
    expect(readdirSync(directory)).toEqual([])
  })
})
