/**
 * Runs `task` once the next frame is painted and the page is idle (or within two seconds at the
 * latest): work that must not delay the first screen.
 */
export function whenIdle(task: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
      else task();
    }),
  );
}
