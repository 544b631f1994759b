// Temporary files that a signal must not leave behind. The atomic writes (-o, --rejects, report
// --out, init) register each temporary name here while it exists, and report --pdf its scratch
// directory and the browser printing into it; on SIGINT, SIGTERM or SIGHUP the browser is killed and
// they are removed, synchronously, and the signal is raised again with its default action, so that
// the shell still sees the run end by that signal (exit status 128 + N). Handlers are installed only
// while something is registered: a run that writes nothing keeps Node's default handling.
import { rmSync, unlinkSync } from 'node:fs'
import { pagerRunning } from './pager.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const registered = new Set<string>()
/** Directories (report --pdf's scratch), removed with what is in them. */
const directories = new Set<string>()
/** What else an interruption must undo first, such as killing the browser that prints a PDF. */
const undos = new Set<() => void>()
let installed = false

function onSignal(signal: NodeJS.Signals): void {
  // Ctrl-C while a pager shows the output is the pager's (pager.ts): the run goes on and ends as usual.
  if (signal === 'SIGINT' && pagerRunning()) return
  removeAllNow()
  uninstall()
  process.kill(process.pid, signal)
}

function onExit(): void {
  removeAllNow()
}

function removeAllNow(): void {
  for (const undo of undos) {
    try {
      undo()
    } catch {
      // Best effort: the rest must still be removed.
    }
  }
  undos.clear()
  for (const path of directories) rmSync(path, { recursive: true, force: true })
  directories.clear()
  for (const path of registered) {
    try {
      unlinkSync(path)
    } catch {
      // Already gone (renamed into place, or removed by the code that made it).
    }
  }
  registered.clear()
}

function install(): void {
  if (installed) return
  for (const signal of SIGNALS) process.on(signal, onSignal)
  process.on('exit', onExit)
  installed = true
}

function uninstall(): void {
  if (!installed) return
  for (const signal of SIGNALS) process.off(signal, onSignal)
  process.off('exit', onExit)
  installed = false
}

/** `path` is a temporary file from now on: removed if the process is interrupted before forget(path). */
export function registerTemporary(path: string): void {
  registered.add(path)
  install()
}

/** `path` was renamed into place or removed: a signal no longer concerns it. */
export function forgetTemporary(path: string): void {
  registered.delete(path)
  uninstallWhenIdle()
}

/** A temporary directory, removed whole on a signal until the function returned is called. */
export function registerTemporaryDirectory(path: string): () => void {
  directories.add(path)
  install()
  return () => {
    directories.delete(path)
    uninstallWhenIdle()
  }
}

/** `undo` runs if a signal ends the run before the function returned is called (a child to kill). */
export function onInterrupt(undo: () => void): () => void {
  undos.add(undo)
  install()
  return () => {
    undos.delete(undo)
    uninstallWhenIdle()
  }
}

function uninstallWhenIdle(): void {
  if (registered.size === 0 && directories.size === 0 && undos.size === 0) uninstall()
}

/** The names registered now (for tests). */
export function registeredTemporaries(): readonly string[] {
  return [...registered, ...directories]
}
