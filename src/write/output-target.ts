// What an output path is, before anything is written to it. A regular file (or a name not yet
// taken) is replaced atomically: a temporary file beside it, then a rename. Anything else — a
// character device such as /dev/null, a FIFO, a socket, /dev/stdout — is written directly: a
// rename would replace the device node with a regular file (as root) or fail.
import { constants } from 'node:fs'
import { lstat, open, readlink, realpath, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { isatty } from 'node:tty'

export type OutputTarget =
  /** Not there yet: created by rename at `path`. */
  | { kind: 'missing'; path: string }
  /** A regular file: replaced by rename at `path` (symbolic links resolved, so a link stays a link). */
  | { kind: 'regular'; path: string; mode: number; uid: number; gid: number }
  /** Written in place, never renamed over. */
  | { kind: 'special'; path: string }
  | { kind: 'directory'; path: string }

/** The standard streams by name, whatever they point to now (a pipe, a terminal, a file opened for appending). */
const STREAM_PATH = /^\/(?:dev\/(?:stdout|stderr|fd\/\d+)|proc\/(?:self|thread-self|\d+)\/fd\/\d+)$/

/**
 * 'stdout' or 'stderr' when `path` names this process's own standard output or error: written through
 * the process's stream, not opened again (a socket, as Node gives a child for its output, cannot be).
 */
export function standardStreamOf(path: string): 'stdout' | 'stderr' | null {
  const match = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/([12])|proc\/(?:self|thread-self)\/fd\/([12]))$/.exec(path)
  if (match === null) return null
  return match[1] === 'stdout' || match[2] === '1' || match[3] === '1' ? 'stdout' : 'stderr'
}

export async function inspectTarget(path: string): Promise<OutputTarget> {
  if (STREAM_PATH.test(path)) return { kind: 'special', path }
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing', path: await createdAt(path) }
    throw error
  }
  if (info.isDirectory()) return { kind: 'directory', path }
  if (!info.isFile()) return { kind: 'special', path }
  return { kind: 'regular', path: await realpath(path), mode: info.mode & 0o7777, uid: info.uid, gid: info.gid }
}

/**
 * Where writing to `path`, which does not exist, creates the file: `path` itself, or, for a link that
 * points to nothing yet, the file it points to (the link stays a link, as with `> link` in a shell).
 */
export async function createdAt(path: string): Promise<string> {
  let at = path
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(at).catch(() => null)
    if (info === null || !info.isSymbolicLink()) return at
    at = resolve(dirname(at), await readlink(at))
  }
  return at
}

/** An error with a system code, as the file system functions throw it. */
export function systemError(code: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${path}`)
  error.code = code
  error.path = path
  return error
}

/**
 * Whether output to `output` (standard output when undefined) reaches a terminal: a standard stream
 * that is one, or a terminal device named as a file (/dev/tty, /dev/pts/3, /dev/fd/N of one).
 */
export async function writesToTerminal(
  output: string | undefined,
  streams: { cwd: string; stdout: { isTTY?: boolean }; stderr: { isTTY?: boolean } },
): Promise<boolean> {
  if (output === undefined) return streams.stdout.isTTY === true
  const path = resolve(streams.cwd, output)
  const stream = standardStreamOf(path)
  if (stream !== null) return streams[stream].isTTY === true
  const info = await stat(path).catch(() => null)
  if (info === null || !info.isCharacterDevice()) return false
  // Only a terminal's own descriptor says it is one; opened without becoming its controlling terminal.
  const handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY | constants.O_NONBLOCK).catch(() => null)
  if (handle === null) return false
  try {
    return isatty(handle.fd)
  } finally {
    await handle.close()
  }
}
