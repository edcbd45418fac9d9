// A tool's answers and calls are named by what the tool does, and an unknown tool keeps its name.

import { describe, expect, it } from 'vitest';
import { toolName } from '../../../src-renderer/features/reader/tool-names.js';

describe('tool names', () => {
  it('say what the tool did', () => {
    expect(toolName('dalle.text2im')).toBe('Image generation');
    expect(toolName('python')).toBe('Code');
    expect(toolName('browser')).toBe('Web search');
    expect(toolName('canmore.create_textdoc')).toBe('Canvas');
    expect(toolName('some.new_tool')).toBe('some.new_tool');
  });
});
