// Conversation text is hostile: only web and mail links may become links, and a citation may only
// point at its own message's sources.

import { describe, expect, it } from 'vitest';
import {
  citationNumber,
  safeExternalHref,
  transformMessageUrl,
} from '../../../src-renderer/features/reader/link-policy.js';
import { fencedCode } from '../../../src-renderer/features/reader/code-fence.js';

describe('link policy', () => {
  it('lets http(s) and mailto through', () => {
    expect(safeExternalHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeExternalHref('mailto:a@example.com')).toBe('mailto:a@example.com');
  });

  it('refuses script, data, file and relative addresses', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '/api/getStats',
      'blob:x',
      '',
    ]) {
      expect(safeExternalHref(href)).toBeNull();
      expect(transformMessageUrl(href)).toBe('');
    }
  });

  it('reads citation numbers, also after the sanitizer prefixed them', () => {
    expect(citationNumber('#source-3')).toBe(3);
    expect(citationNumber('#user-content-source-12')).toBe(12);
    expect(citationNumber('#source-x')).toBeNull();
    expect(citationNumber('https://x/#source-3')).toBeNull();
    expect(transformMessageUrl('#source-3')).toBe('#source-3');
  });
});

describe('code fences', () => {
  it('outlasts any run of backticks in the code, so code never turns into Markdown', () => {
    const code = 'a = """\n```\n<script>alert(1)</script>\n````\n"""';
    const fenced = fencedCode(code, 'python');
    expect(fenced.startsWith('`````python\n')).toBe(true);
    expect(fenced.endsWith('\n`````')).toBe(true);
  });

  it('drops a language name that is not one', () => {
    expect(fencedCode('x', 'py onload=1').split('\n')[0]).toBe('```');
  });
});
