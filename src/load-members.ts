// read → validate for --members FILE, as load-price-index.ts does for --cpi: the same reader as the
// records (encodings, delimiters, located problems; a spreadsheet reader when there is one).
import type { Messages } from './messages/index.js'
import type { MemberList, Problem } from './model.js'
import type { PipelineIo } from './pipeline.js'
import { readerFor, resolveInputs } from './read/index.js'
import { problemFromRead } from './validate/file-problems.js'
import { MAX_MEMBERS, MembersBuilder } from './validate/members.js'

const MAX_MEMBERS_PROBLEMS = 1000

/** The members, or their problems (to report); a missing or unreadable FILE is an IoError. */
export async function loadMembers(path: string, io: PipelineIo, messages: Messages): Promise<MemberList | Problem[]> {
  const [source] = await resolveInputs([path], io.cwd, io.stdin, messages)
  if (source === undefined) throw new Error('no members source')
  const builder = new MembersBuilder(source.name, messages)
  const readProblems: Problem[] = []
  let sheet: string | undefined
  await readerFor(source).read(
    source,
    {},
    {
      header: header => {
        sheet = header.sheet
        return builder.header(header)
      },
      row: fields => {
        builder.row({
          file: source.name,
          ...(sheet === undefined ? {} : { sheet }),
          line: fields.line,
          cells: fields.cells(),
          raw: fields.raw(),
        })
        // A programme has at most a few hundred members: a file past these bounds is not a members list.
        if (builder.memberCount > MAX_MEMBERS) {
          readProblems.push({
            file: source.name,
            line: fields.line,
            severity: 'error',
            message: messages.members.tooMany(MAX_MEMBERS),
          })
          return false
        }
        return builder.problemCount + readProblems.length < MAX_MEMBERS_PROBLEMS
      },
      problem: problem => readProblems.push(problemFromRead(problem, messages)),
    },
  )
  return builder.result(readProblems)
}
