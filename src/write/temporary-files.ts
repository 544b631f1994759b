// Temporary files that a signal must not leave behind. The atomic writes (-o, --rejects, report
// --out, init) register each temporary name here while it exists; on SIGINT, SIGTERM or SIGHUP they
// are removed, synchronously, and the signal is raised again with its default action, so that the
// shell still sees the run end by that signal (exit status 128 + N). Handlers are installed only
// while something is registered: a run that writes nothing keeps Node's default handling.
import { unlinkSync } from 'node:fs'
import { pagerRunning } from './pager.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const registered = new Set<string>()
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
  if (registered.size === 0) uninstall()
}

/** The names registered now (for tests). */
export function registeredTemporaries(): readonly string[] {
  return [...registered]
}
