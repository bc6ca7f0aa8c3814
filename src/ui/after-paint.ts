// Run something after the browser has painted the current changes: the next animation frame, then a
// task after it. Returns a function that cancels it if it has not run yet (an effect's cleanup).
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Like afterPaint, but once painted the work waits for the browser to be idle (at most `timeout` ms):
 * for what can follow the first view, such as the rest of a long list.
 */
export function afterPaintIdle(run: () => void, timeout = 300): () => void {
  let cancelIdle: (() => void) | undefined;
  const cancelPaint = afterPaint(() => (cancelIdle = whenIdle(run, timeout)));
  return () => {
    cancelPaint();
    cancelIdle?.();
  };
}

/** Run something once the browser is idle (at most `timeout` ms from now; 50 ms where there is no idle callback). Returns its cancel. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, 50);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(run, { timeout });
  return () => cancelIdleCallback(idle);
}
