// What a project or custom GPT is called on screen. Exports carry no project names, so most projects
// have none; an id ("g-p-67a1…") means nothing to a person, so an unnamed one is told apart by the
// end of its id, the same way wherever it appears, and short enough that a narrow select shows it whole.

const ID_TAIL = 4;

export function projectLabel(project: {
  readonly id: string;
  readonly name: string | null;
  readonly kind?: 'project' | 'gpt';
}): string {
  if (project.name) return project.name;
  return `${project.kind === 'gpt' ? 'GPT' : 'Project'} …${project.id.slice(-ID_TAIL)}`;
}
