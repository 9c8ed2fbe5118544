// Long work done in slices (reading a huge page, painting thousands of items) lets the
// page's event loop run between slices: input, rendering, the page's own scripts.

/**
 * Resolves in a new task of the page's event loop, queued behind what is already waiting
 * (the page's own timers and input go first): `scheduler.postTask` where the browser has
 * it, else a timer. (Not `setTimeout(0)` where there is a choice: nested, it waits at
 * least 4 ms, a third of the time with 8 ms slices. Not `scheduler.yield()`: its
 * continuation goes ahead of the page's own tasks, which would wait for the whole job.)
 * @param {{scheduler?: {postTask?: Function}, setTimeout: Function}} [win] the window whose loop it is
 */
export function nextTask(win = globalThis) {
  const scheduler = win.scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
