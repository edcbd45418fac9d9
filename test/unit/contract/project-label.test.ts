// Unnamed projects (every project of an export, which carries no names) are told apart on screen by
// the end of their id, never shown as the bare id or as one "Project" like every other.

import { describe, expect, it } from 'vitest';
import { projectLabel } from '../../../src-shared/model/project-label.js';

describe('a project as the window names it', () => {
  it('is the name the person gave it', () => {
    expect(projectLabel({ id: 'g-p-67a1b2c3d4', name: 'Airships' })).toBe('Airships');
  });

  it('tells unnamed projects and custom GPTs apart by the end of their ids', () => {
    const first = projectLabel({ id: 'g-p-67a1b2c3d4', name: null, kind: 'project' });
    const second = projectLabel({ id: 'g-p-99ffee0011', name: null });
    expect(first).toBe('Project …c3d4');
    expect(second).toBe('Project …0011');
    expect(projectLabel({ id: 'g-5e6f7a8b', name: null, kind: 'gpt' })).toBe('GPT …7a8b');
  });
});
