// What the window benchmark runs inside the page before the window's own scripts: it notes long tasks,
// keystrokes, search answers and when DOM changes reach the screen, in the page's own clock (ms since
// navigation start), so the figures do not include the time Playwright takes to ask.

/** The in-page probe, as `window.__windowBench`; a script string because tools compile without the DOM. */
export const WINDOW_PROBE = String.raw`(() => {
  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  const probe = {
    longTasks: [],
    keydowns: [],
    searchAnswers: [],
    // Every API answer (path, when), to tell long tasks that follow a page of data from the others.
    apiAnswers: [],
    // Each batch of DOM changes, and when the frame showing it was painted.
    changes: [],
    // The first time each watched selector matched, painted.
    seen: {},
    afterPaint,
    reset() {
      probe.keydowns.length = 0;
      probe.searchAnswers.length = 0;
      probe.changes.length = 0;
    },
  };
  Object.defineProperty(window, '__windowBench', { value: probe });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', (event) => probe.keydowns.push(event.timeStamp), true);

  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = originalFetch.call(this, input, init);
    if (url.includes('/api/')) {
      answer.then(
        () => probe.apiAnswers.push({ path: new URL(url, location.href).pathname, at: performance.now() }),
        () => undefined,
      );
    }
    if (url.endsWith('/api/search') && typeof init?.body === 'string') {
      const text = JSON.parse(init.body).text;
      answer.then(
        () => probe.searchAnswers.push({ text, at: performance.now() }),
        () => undefined,
      );
    }
    return answer;
  };

  const WATCHED = {
    firstCard: '[role="listbox"][aria-label="Timeline"] [role="option"]',
    firstMessage: 'article.message',
  };
  new MutationObserver(() => {
    const change = { at: performance.now(), paintedAt: null };
    probe.changes.push(change);
    afterPaint().then((paintedAt) => (change.paintedAt = paintedAt));
    for (const [key, selector] of Object.entries(WATCHED)) {
      if (!(key in probe.seen) && document.querySelector(selector)) {
        probe.seen[key] = null;
        afterPaint().then((paintedAt) => (probe.seen[key] = paintedAt));
      }
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });

  probe.seenPainted = (key) => (typeof probe.seen[key] === 'number' ? probe.seen[key] : false);

  /** Results for this text painted: from the last keystroke to the first frame after its answer. */
  probe.searchShown = (text) => {
    const answer = probe.searchAnswers.find((a) => a.text === text);
    const lastKey = probe.keydowns[probe.keydowns.length - 1];
    if (!answer) return false;
    const shown = probe.changes.find((c) => c.at >= answer.at);
    if (shown && shown.paintedAt !== null) return { ms: shown.paintedAt - lastKey, how: 'rendered' };
    if (performance.now() - answer.at > 1000) return { ms: answer.at - lastKey, how: 'answered, page unchanged' };
    return false;
  };

  /** Whether every message on screen shows its Markdown formatted, not yet the plain words. */
  const formattedOnScreen = () => {
    const height = innerHeight;
    return [...document.querySelectorAll('.markdown.plain')].every((plain) => {
      const box = plain.getBoundingClientRect();
      return box.bottom <= 0 || box.top >= height;
    });
  };

  /**
   * Opens a path the way the window's links do; resolves with when the first message was painted
   * and when the screen of messages was painted formatted (ms after the click).
   */
  probe.openInApp = async (path) => {
    const started = performance.now();
    history.pushState(null, '', path);
    dispatchEvent(new Event('archivist:navigated'));
    while (typeof probe.seen.firstMessage !== 'number') await new Promise((resolve) => setTimeout(resolve, 5));
    while (!formattedOnScreen()) await new Promise((resolve) => requestAnimationFrame(resolve));
    const formatted = await afterPaint();
    return { firstScreen: probe.seen.firstMessage - started, formatted: formatted - started };
  };

  probe.scriptsBefore = (ms) =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && entry.startTime < ms)
      .map((entry) => new URL(entry.name).pathname);

  /** Scrolls an element to its end (or until enough distinct items passed), one step per frame. */
  probe.scrollThrough = async (selector, itemSelector, stepRatio, enough, maxMs, countRows) => {
    const scroller = document.querySelector(selector);
    const started = performance.now();
    const items = new Set();
    // Steps longer than a screen pass rows that are never drawn: those are counted by their index.
    let rowsPassed = 0;
    let steps = 0;
    let reachedEnd = false;
    for (;;) {
      scroller.scrollTop += scroller.clientHeight * stepRatio;
      steps += 1;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const item of scroller.querySelectorAll(itemSelector)) items.add(item.id);
      for (const row of scroller.querySelectorAll('[data-index]'))
        rowsPassed = Math.max(rowsPassed, Number(row.dataset.index) + 1);
      if ((countRows ? rowsPassed : items.size) >= enough || performance.now() - started > maxMs) break;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) {
        // At the end of what is loaded: more may be on its way (the timeline loads pages as it goes).
        const height = scroller.scrollHeight;
        const waited = performance.now();
        // Three seconds for a page to be asked for; up to thirty while the list says it is loading one.
        const patient = () =>
          performance.now() - waited < (scroller.querySelector('[role="status"]') ? 30000 : 3000);
        while (scroller.scrollHeight === height && patient())
          await new Promise((resolve) => setTimeout(resolve, 50));
        if (scroller.scrollHeight === height) {
          reachedEnd = true;
          break;
        }
      }
    }
    const ended = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tasks = probe.longTasks.filter((task) => task.start >= started && task.start <= ended);
    const afterAnswer = tasks.filter((task) =>
      probe.apiAnswers.some((answer) => answer.at <= task.start + task.duration && task.start - answer.at < 250),
    );
    return {
      afterAnswer: afterAnswer.length,
      longestAfterAnswer: afterAnswer.reduce((most, task) => Math.max(most, task.duration), 0),
      steps,
      items: items.size,
      rowsPassed,
      ms: ended - started,
      reachedEnd,
      longTasks: tasks.length,
      longest: tasks.reduce((most, task) => Math.max(most, task.duration), 0),
    };
  };
})();`;
