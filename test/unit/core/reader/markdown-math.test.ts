// ChatGPT's \(…\) and \[…\] become the $…$ and $$…$$ remark-math reads, in prose only: code keeps
// its backslashes, and dollars that are money stay money.

import { describe, expect, it } from 'vitest';
import { normalizeMath } from '../../../../src-main/core/reader/markdown-math.js';

describe('math delimiters in Markdown', () => {
  it('makes inline and display math dollars', () => {
    expect(normalizeMath('Euler: \\( e^{i\\pi} + 1 = 0 \\) holds.')).toBe(
      'Euler: $e^{i\\pi} + 1 = 0$ holds.',
    );
    expect(normalizeMath('The integral\n\\[\n\\int_0^1 x\\,dx = \\tfrac12\n\\]\nis a half.')).toBe(
      'The integral\n$$\n\\int_0^1 x\\,dx = \\tfrac12\n$$\nis a half.',
    );
  });

  it('puts a one-line display alone on its line in a block, and keeps one inside a sentence inline', () => {
    expect(normalizeMath('So:\n\n\\[ a^2 + b^2 = c^2 \\]\n\nDone.')).toBe(
      'So:\n\n$$\na^2 + b^2 = c^2\n$$\n\nDone.',
    );
    expect(normalizeMath('- item\n  \\[x = 1\\]\n')).toBe('- item\n  $$\n  x = 1\n  $$\n');
    expect(normalizeMath('where \\[x\\] is small')).toBe('where $$x$$ is small');
  });

  it('leaves fenced code and inline code exactly as written', () => {
    const fenced = '```latex\n\\(a\\) and \\[b\\] cost $5\n```';
    expect(normalizeMath(`Before \\(x\\)\n\n${fenced}\n\nAfter \\(y\\)`)).toBe(
      `Before $x$\n\n${fenced}\n\nAfter $y$`,
    );
    expect(normalizeMath('  ~~~~\n  \\(kept\\)\n  ~~~~\n')).toBe('  ~~~~\n  \\(kept\\)\n  ~~~~\n');
    expect(normalizeMath('Type `\\(x\\)` or ``\\[y\\]`` to get \\(x\\).')).toBe(
      'Type `\\(x\\)` or ``\\[y\\]`` to get $x$.',
    );
  });

  it('keeps code fenced to the end of the message when the fence is never closed', () => {
    expect(normalizeMath('See:\n```\n\\(x\\)\n')).toBe('See:\n```\n\\(x\\)\n');
  });

  it('escapes lone dollars so that prices never become math, and keeps $$…$$ and \\$', () => {
    expect(normalizeMath('It costs $5 or $10.')).toBe('It costs \\$5 or \\$10.');
    expect(normalizeMath('Already $$x^2$$ and \\$3.')).toBe('Already $$x^2$$ and \\$3.');
  });

  it('leaves a delimiter without its partner, and math never runs over a blank line', () => {
    expect(normalizeMath('An opening \\( alone\n\nand a closing \\) later')).toBe(
      'An opening \\( alone\n\nand a closing \\) later',
    );
    expect(normalizeMath('a stray ` backtick, then \\(x\\)\n\nand ` another')).toBe(
      'a stray ` backtick, then $x$\n\nand ` another',
    );
  });

  it('passes markup through as the text it is', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    expect(normalizeMath(hostile)).toBe(hostile);
  });
});
