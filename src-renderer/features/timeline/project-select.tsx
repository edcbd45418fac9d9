// The project filter the timeline and search both offer: shown only when the archive has projects or
// custom GPTs, listed by the name the person gave them.

import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from './queries.js';

export function ProjectSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (project: string | null) => void;
}) {
  const projects = useQuery(projectsQuery());
  if ((projects.data?.length ?? 0) === 0) return null;
  return (
    <label className="field">
      <span>Project</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">All</option>
        {projects.data?.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name ?? project.id}
          </option>
        ))}
      </select>
    </label>
  );
}
