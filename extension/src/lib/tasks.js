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
function nextTask(win = globalThis) {
  const scheduler = win.scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Longest stretch of work (ms) before a sliced job lets the page run. */
export const SLICE_MS = 8;

/**
 * Runs the generator `steps` to its end, letting the event loop run (`nextTask`)
 * whenever about `sliceMs` ms have gone by since the last pause.
 * @template T
 * @param {Generator<unknown, T>} steps
 * @returns {Promise<T>} what the generator returns
 */
export async function runInSlices(steps, sliceMs = SLICE_MS) {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= sliceMs) {
      await nextTask();
      since = performance.now();
    }
  }
}
