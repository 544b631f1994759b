// Whether two paths name the same file, so that no output overwrites an input or another output:
// `summarize in.csv -o ./in.csv`, a symbolic link, a hard link, `report rd/summary.csv --out rd`.
// Two paths are the same file when their real paths are equal (an output that does not exist yet:
// the real path of its directory, plus its name) or when both exist with the same device and inode.
import { fstatSync } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { createdAt } from './output-target.js'

export interface NamedPath {
  /** How the user named it, for the message: `-o "x.csv"`, `the input "in.csv"`. */
  role: string
  /** Absolute path; null for a standard stream (then `fd` says which descriptor). */
  path: string | null
  fd?: number
  /** For a descriptor: whether only a regular file counts (standard input: only a file can be destroyed). */
  regularOnly?: boolean
}

interface Identity {
  real: string | null
  device: number | null
  inode: number | null
  /** The device number of a character device (the null device is 1,3 wherever its node is). */
  rdev?: number
}

async function identify(named: NamedPath): Promise<Identity> {
  if (named.path === null) {
    if (named.fd === undefined) return { real: null, device: null, inode: null }
    try {
      const info = fstatSync(named.fd)
      // Standard input: only a redirected regular file (`< in.csv`) can be overwritten by an output.
      // Standard output: any kind, since a second writer (--rejects /dev/stdout) would mix into it.
      return info.isFile() || named.regularOnly !== true
        ? { real: null, device: info.dev, inode: info.ino, ...(info.isCharacterDevice() ? { rdev: info.rdev } : {}) }
        : { real: null, device: null, inode: null }
    } catch {
      return { real: null, device: null, inode: null }
    }
  }
  const path = named.path
  let real: string | null
  try {
    real = await realpath(path)
  } catch {
    // Not there yet: the file a write would create (through a link that points to nothing yet too).
    const created = await createdAt(path)
    real = await realpath(dirname(created))
      .then(directory => join(directory, basename(created)))
      .catch(() => null)
  }
  try {
    const info = await stat(path)
    return { real, device: info.dev, inode: info.ino, ...(info.isCharacterDevice() ? { rdev: info.rdev } : {}) }
  } catch {
    return { real, device: null, inode: null }
  }
}

function same(a: Identity, b: Identity): boolean {
  if (a.real !== null && a.real === b.real) return true
  return a.device !== null && a.inode !== null && a.device === b.device && a.inode === b.inode
}

/** The null device's number: two outputs thrown away there (`--rejects /dev/null > /dev/null`) cannot clash. */
async function nullDevice(): Promise<number | null> {
  return stat('/dev/null').then(
    info => (info.isCharacterDevice() ? info.rdev : null),
    () => null,
  )
}

/**
 * The first pair among `inputs` and `outputs` that is one file: an output and an input, two outputs,
 * or two of the first `twiceAmong` inputs (the record files: a file given twice); null when all are
 * distinct.
 */
export async function findSameFile(
  inputs: readonly NamedPath[],
  outputs: readonly NamedPath[],
  twiceAmong = inputs.length,
): Promise<{ first: NamedPath; second: NamedPath; kind: 'output' | 'input-twice' } | null> {
  const inputIds = await Promise.all(inputs.map(identify))
  const outputIds = await Promise.all(outputs.map(identify))
  const discarded = await nullDevice()
  const isNull = (identity: Identity): boolean => discarded !== null && identity.rdev === discarded
  for (let output = 0; output < outputs.length; output++) {
    for (let input = 0; input < inputs.length; input++)
      // Nothing read from the null device can be lost to an output there (`summarize /dev/null > /dev/null`).
      if (same(outputIds[output] as Identity, inputIds[input] as Identity) && !isNull(inputIds[input] as Identity))
        return { first: outputs[output] as NamedPath, second: inputs[input] as NamedPath, kind: 'output' }
    for (let other = 0; other < output; other++)
      if (same(outputIds[output] as Identity, outputIds[other] as Identity) && !isNull(outputIds[output] as Identity))
        return { first: outputs[output] as NamedPath, second: outputs[other] as NamedPath, kind: 'output' }
  }
  for (let input = 0; input < twiceAmong; input++)
    for (let other = 0; other < input; other++)
      if (same(inputIds[input] as Identity, inputIds[other] as Identity))
        return { first: inputs[other] as NamedPath, second: inputs[input] as NamedPath, kind: 'input-twice' }
  return null
}
