// Writing a set of files into one directory so that it is never left half-written, and comparing
// such a set with what a directory holds (report --check).
//
// The guarantee, precisely:
//   1. Nothing is touched until everything to write is known (the caller renders it all first),
//      and a target that is a directory, or a --out that is a file, is refused before anything is
//      written.
//   2. Every file is written in full and flushed to disk under a temporary name in the same
//      directory (".report.md.<pid>.<random>.tmp"), with the mode and owner of the file it replaces
//      (a report kept private stays private; a link is kept, and the file it links to is replaced,
//      as -o does). If any of that fails (disk full, permissions),
//      the temporaries are removed, a directory this call created is removed again, and the
//      directory is exactly as it was.
//   3. Only then are the temporaries renamed over their targets, one by one, in the order given.
//      Each rename is atomic: a reader sees a file's old or new content, never a part of it. A
//      rename can only fail if something else changes the directory at that very moment; then the
//      remaining temporaries are removed and the error names which files were replaced and which
//      were left as they were.
// POSIX has no rename of several files at once, so (3) is as close as a directory shared with
// other files (a repository folder) can get; swapping the whole directory would lose those files.
//
// Two runs writing the same directory at once (two CI jobs) take turns: (2) and (3) run under a lock
// file in the directory (.lup-impact.lock, holding the writer's process id), so the directory ends
// with one run's whole set of files, never a mix. A run waits for the other while its process is
// alive (up to LOCK_WAIT_MS), and takes over a lock its dead owner left behind. A lock rather than
// swapping a new directory into place, for the reason above: the directory may hold other files.
// Temporary files and the lock are removed if a signal ends the run (temporary-files.ts).
import { randomBytes } from 'node:crypto'
import { access, constants, link, mkdir, open, rename, rmdir, stat, unlink } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { openTemporary, temporaryNameFor } from './atomic-write.js'
import { inspectTarget } from './output-target.js'
import { forgetTemporary, registerTemporary } from './temporary-files.js'

export interface NamedContent {
  name: string
  /** Text (written as UTF-8) or bytes (summary.xlsx, report.pdf). */
  content: string | Uint8Array
}

export type DirectoryProblem =
  | 'not-a-directory'
  | 'cannot-create'
  | 'cannot-write'
  | 'target-is-directory'
  | 'partly-written'
  | 'locked'

/** Why a directory could not be written; `replaced`/`kept` tell a partial rename apart. */
export class DirectoryWriteError extends Error {
  override name = 'DirectoryWriteError'
  constructor(
    readonly problem: DirectoryProblem,
    readonly path: string,
    readonly reason: string,
    readonly replaced: readonly string[] = [],
    readonly kept: readonly string[] = [],
  ) {
    super(`${problem}: ${path} (${reason})`)
  }
}

const reasonOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))

async function statOrNull(path: string): Promise<import('node:fs').Stats | null> {
  try {
    return await stat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Fails early (before any input is read) when `directory` exists and is not a directory. */
export async function checkDirectoryTarget(directory: string): Promise<void> {
  let info: import('node:fs').Stats | null
  try {
    info = await statOrNull(directory)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new DirectoryWriteError('not-a-directory', directory, 'ENOTDIR')
    throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
  }
  if (info !== null && !info.isDirectory()) throw new DirectoryWriteError('not-a-directory', directory, 'ENOTDIR')
}

/**
 * Creates the directory and any missing parents, one level at a time; returns those created, deepest
 * first (to undo). Not mkdir's `recursive`, which in Node 20 never returns for a path under /proc.
 */
async function prepareDirectory(directory: string): Promise<string[]> {
  await checkDirectoryTarget(directory)
  const missing: string[] = []
  for (let path = resolve(directory); ; path = dirname(path)) {
    let info: import('node:fs').Stats | null
    try {
      info = await statOrNull(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new DirectoryWriteError(
        code === 'ENOTDIR' ? 'not-a-directory' : 'cannot-create',
        directory,
        reasonOf(error),
      )
    }
    if (info !== null) {
      if (!info.isDirectory()) throw new DirectoryWriteError('not-a-directory', directory, 'ENOTDIR')
      break
    }
    missing.push(path)
    if (dirname(path) === path) break
  }
  const created: string[] = []
  for (const path of missing.reverse()) {
    try {
      await mkdir(path)
      created.unshift(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      for (const made of created) await rmdir(made).catch(() => undefined)
      throw new DirectoryWriteError('cannot-create', directory, reasonOf(error))
    }
  }
  try {
    await access(directory, constants.W_OK)
  } catch (error) {
    throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
  }
  return created
}

export const LOCK_NAME = '.lup-impact.lock'
/** How long a run waits for another one writing the same directory. */
export const LOCK_WAIT_MS = 60_000
/** A lock file still empty after this long was left by a process that died while taking it. */
const EMPTY_LOCK_STALE_MS = 5_000

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the directory's lock (see the top of this file); returns its release. `wait`: how long to
 * wait for a live owner before giving up with a 'locked' error.
 */
export async function lockDirectory(directory: string, wait = LOCK_WAIT_MS): Promise<() => Promise<void>> {
  const lock = join(directory, LOCK_NAME)
  const deadline = Date.now() + wait
  for (;;) {
    registerTemporary(lock)
    let created = false
    try {
      const handle = await open(lock, 'wx', 0o644)
      created = true
      try {
        await handle.writeFile(`${process.pid}\n`)
      } finally {
        await handle.close()
      }
      return async () => {
        await unlink(lock).catch(() => undefined)
        forgetTemporary(lock)
      }
    } catch (error) {
      // A lock made but not written (a full disk) would hold the next run up: it goes too.
      if (created) await unlink(lock).catch(() => undefined)
      forgetTemporary(lock)
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
    }
    const owner = await readLock(lock)
    // No run makes anything but a small file there: whatever else it is (a link to /dev/zero, a FIFO,
    // a directory) is not read, and not taken over.
    if (owner === 'not-a-file') throw new DirectoryWriteError('locked', directory, 'unknown')
    const pid = Number.parseInt(owner ?? '', 10)
    const age = await stat(lock).then(
      info => Date.now() - info.mtimeMs,
      () => 0,
    )
    const stale =
      owner !== null &&
      (Number.isInteger(pid) && pid > 0 ? pid !== process.pid && !processIsAlive(pid) : age > EMPTY_LOCK_STALE_MS)
    if (stale) {
      // Taken over by renaming it away (only one of several runs can), then checked: a run that moved
      // a fresh lock another run had just made (not the stale one it read) puts it back.
      const claimed = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}`
      if (
        await rename(lock, claimed).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await readLock(claimed)
        if (moved !== owner) await link(claimed, lock).catch(() => undefined)
        await unlink(claimed).catch(() => undefined)
      }
      continue
    }
    if (Date.now() >= deadline)
      throw new DirectoryWriteError('locked', directory, Number.isInteger(pid) ? String(pid) : 'unknown')
    await new Promise(resolve => setTimeout(resolve, 50 + Math.floor(Math.random() * 50)))
  }
}

/**
 * What a lock file says (its owner's process id), read without following a link and without waiting:
 * null when it is gone, 'not-a-file' when it is no lock a run made.
 */
async function readLock(path: string): Promise<string | null | 'not-a-file'> {
  const read = await readRegularFile(path, 64, false)
  return read === 'missing' ? null : read === 'not-a-file' ? read : read.toString('utf8')
}

export async function writeFilesAtomically(
  directory: string,
  files: readonly NamedContent[],
  options: { lockWait?: number } = {},
): Promise<void> {
  const created = await prepareDirectory(directory)
  let release: (() => Promise<void>) | null = null
  const undoCreate = async (): Promise<void> => {
    await release?.()
    release = null
    for (const path of created) await rmdir(path).catch(() => undefined)
  }
  try {
    release = await lockDirectory(directory, options.lockWait)
  } catch (error) {
    await undoCreate()
    throw error
  }
  try {
    await writeLocked(directory, files, undoCreate)
  } finally {
    await release?.()
  }
}

async function writeLocked(
  directory: string,
  files: readonly NamedContent[],
  undoCreate: () => Promise<void>,
): Promise<void> {
  for (const file of files) {
    const info = await statOrNull(join(directory, file.name)).catch(() => null)
    if (info?.isDirectory() === true) {
      await undoCreate()
      throw new DirectoryWriteError('target-is-directory', join(directory, file.name), 'EISDIR')
    }
  }
  const temporaries: string[] = []
  /** Where each file goes: a file there now keeps its mode, owner and link (the file it links to is replaced). */
  const paths: string[] = []
  try {
    for (const file of files) {
      const target = await inspectTarget(join(directory, file.name))
      const path = target.kind === 'regular' ? target.path : join(directory, file.name)
      paths.push(path)
      const temporary = temporaryNameFor(path)
      temporaries.push(temporary)
      const handle = await openTemporary(temporary, target.kind === 'regular' ? target : { kind: 'missing', path })
      try {
        await handle.writeFile(file.content)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
  } catch (error) {
    for (const temporary of temporaries) await removeTemporary(temporary)
    await undoCreate()
    throw new DirectoryWriteError('cannot-write', directory, reasonOf(error))
  }
  for (let position = 0; position < files.length; position++) {
    try {
      await rename(temporaries[position] as string, paths[position] as string)
      forgetTemporary(temporaries[position] as string)
    } catch (error) {
      for (const temporary of temporaries.slice(position)) await removeTemporary(temporary)
      const names = files.map(file => file.name)
      throw new DirectoryWriteError(
        'partly-written',
        directory,
        reasonOf(error),
        names.slice(0, position),
        names.slice(position),
      )
    }
  }
  // Make the renames themselves durable; not every platform lets a directory be opened for this.
  const handle = await open(directory, 'r').catch(() => null)
  await handle?.sync().catch(() => undefined)
  await handle?.close()
}

async function removeTemporary(path: string): Promise<void> {
  await unlink(path).catch(() => undefined)
  forgetTemporary(path)
}

export type Comparison =
  | { name: string; status: 'same' }
  | { name: string; status: 'missing' | 'not-a-file' }
  /** `line`: the first line that differs, in a text file; null for bytes (a workbook, a PDF). */
  | { name: string; status: 'differs'; line: number | null }

/**
 * What `writeFilesAtomically` would change, without writing anything. Other files are ignored. Only
 * regular files are read, and no more of each than the size it should have: a FIFO, a device or a
 * link to /dev/zero in the directory is "not a file", never a hang.
 */
export async function compareWithDirectory(directory: string, files: readonly NamedContent[]): Promise<Comparison[]> {
  await checkDirectoryTarget(directory)
  const comparisons: Comparison[] = []
  for (const file of files) {
    const wanted = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content)
    const existing = await readRegularFile(join(directory, file.name), wanted.length + 1)
    if (existing === 'missing' || existing === 'not-a-file') {
      comparisons.push({ name: file.name, status: existing })
      continue
    }
    if (existing.equals(wanted)) comparisons.push({ name: file.name, status: 'same' })
    else
      comparisons.push({
        name: file.name,
        status: 'differs',
        // Lines mean something in text only.
        line: typeof file.content === 'string' ? firstDifferentLine(existing.toString('utf8'), file.content) : null,
      })
  }
  return comparisons
}

/**
 * Up to `limit` bytes of the regular file at `path` (a link to one too, with `followLink`). Opened without blocking (a FIFO does not wait for a
 * writer) and checked through the open descriptor, so a file swapped for something else meanwhile is
 * not read either.
 */
async function readRegularFile(
  path: string,
  limit: number,
  followLink = true,
): Promise<Buffer | 'missing' | 'not-a-file'> {
  let handle: import('node:fs/promises').FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLink ? 0 : constants.O_NOFOLLOW))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'not-a-file'
  }
  try {
    if (!(await handle.stat()).isFile()) return 'not-a-file'
    const buffer = Buffer.alloc(limit)
    let filled = 0
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } catch {
    return 'not-a-file'
  } finally {
    await handle.close()
  }
}

/** The 1-based line where two texts first differ (a line missing at the end counts as different). */
export function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n')
  const right = b.split('\n')
  const length = Math.max(left.length, right.length)
  for (let line = 0; line < length; line++) if (left[line] !== right[line]) return line + 1
  return length
}
