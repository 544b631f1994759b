// --jobs, --persist and --members: what the figures mean and who the programme's partners are.
// Shared by the commands that summarise (summarize, report, check).
import { type Command, Option } from 'commander'
import { DataError, UsageError } from '../errors.js'
import type { Messages } from '../messages/index.js'
import { JOBS_MEANINGS, type JobsMeaning, type MemberList } from '../model.js'
import type { SummarizeOptions } from '../pipeline.js'
import type { Context } from './context.js'

export interface ClaimFlags {
  /** Undefined unless given: 'new' is then assumed, and the note about jobs that look held is shown. */
  jobs?: JobsMeaning
  persist?: boolean
  members?: string
  quiet?: boolean
}

export function addClaimOptions(command: Command, messages: Messages): Command {
  return command
    .addOption(new Option('--jobs <meaning>', messages.help.jobs).choices([...JOBS_MEANINGS]))
    .option('--persist', messages.help.persist)
    .addOption(new Option('--members <file>', messages.help.members))
}

/** What --jobs, --persist and --members give the pipeline: one place, so the three commands agree. */
export function claimLoadOptions(
  flags: ClaimFlags,
  members: MemberList | null,
): Pick<SummarizeOptions, 'jobs' | 'jobsStated' | 'persist' | 'members'> {
  return { jobs: flags.jobs ?? 'new', jobsStated: flags.jobs !== undefined, persist: flags.persist === true, members }
}

/** The members of --members FILE, or null without it. Problems in the file are data errors (1). */
export async function resolveMembers(flags: ClaimFlags, context: Context): Promise<MemberList | null> {
  const { messages } = context
  if (flags.members === undefined) return null
  if (flags.members === '-') throw new UsageError(messages.members.fromStdin)
  const { loadMembers } = await import('../load-members.js')
  const members = await loadMembers(flags.members, context.io, messages)
  if (Array.isArray(members)) {
    for (const problem of members) context.reportProblem(problem, flags)
    throw new DataError(members, messages.members.failed(members.length, flags.members))
  }
  return members
}
