/** Runs `task` when the page is idle (after the first paint), or within two seconds at the latest. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 50);
}
