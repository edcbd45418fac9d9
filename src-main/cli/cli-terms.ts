// The archive's answers to a bad input name the fields of ArchiveApi ("writeConversations input:
// "format" is md, html or json"); at the command line they are said in its own terms ("--format is
// md, html or json").

const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  format: '--format',
  kinds: '--kind',
  kind: '--kind',
  limit: '--limit',
  offset: '--offset',
  from: '--from',
  to: '--to',
  role: '--role',
  cursor: '--cursor',
  status: '--status',
  account: '--account',
  project: '--project',
  conversationId: '--conversation or the conversation id',
  roots: '--root',
  crossDevices: '--cross-devices',
  all: '--all',
  folder: '--out',
  branch: '--branch',
  text: 'the query',
  id: 'the id',
  artifactId: 'the artifact id',
  path: 'the path',
  name: 'the name',
};

export function inCliTerms(message: string): string {
  const said = message
    .replace(/^\w+ input: /, '')
    .replace(/"(\w+)"/g, (whole, field: string) => OPTION_OF_FIELD[field] ?? whole);
  const sentence = said.charAt(0).toUpperCase() + said.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
