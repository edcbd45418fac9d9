// The project filter the timeline and search both offer, listed by the name the person gave each. The
// timeline groups by project only; search also finds a custom GPT's conversations, so it lists GPTs.

import { useQuery } from '@tanstack/react-query';
import { projectLabel } from '../../../src-shared/model/project-label.js';
import { projectsQuery } from './queries.js';

export function ProjectSelect({
  value,
  onChange,
  withGpts,
}: {
  value: string | null;
  onChange: (project: string | null) => void;
  withGpts: boolean;
}) {
  const all = useQuery(projectsQuery());
  const projects = (all.data ?? []).filter((project) => withGpts || project.kind === 'project');
  if (projects.length === 0) return null;
  return (
    <label className="field">
      <span>Project</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">All</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {projectLabel(project)}
            {project.kind === 'gpt' && project.name ? ' (GPT)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
