// Checklist items 2, 3, 4, 6, 8, 9, 10 and 12: the window's webPreferences, one setting at a time.

import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../src-main/electron/security/web-preferences.js';

describe('SECURE_WEB_PREFERENCES', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (name, value) => {
    expect(SECURE_WEB_PREFERENCES[name]).toBe(value);
  });

  it('turns on no Blink feature and loads no preload of its own (main-window adds the one preload)', () => {
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('additionalArguments');
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});
