// The window's keyboard: one listener per hook use, ignoring keys typed into fields (except Escape),
// so j/k and `/` never fight with a person's typing.

import { useEffect, useRef } from 'react';

export type HotkeyMap = Readonly<Record<string, (event: KeyboardEvent) => void>>;

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys by KeyboardEvent.key ("j", "ArrowDown", "Enter", "/"); modifier chords are left to the browser. */
export function useHotkeys(keys: HotkeyMap, enabled = true): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target) && event.key !== 'Escape') return;
      const handler = latest.current[event.key];
      if (handler) handler(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
