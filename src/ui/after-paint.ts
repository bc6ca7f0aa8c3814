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
  let idle: number | undefined;
  const cancelPaint = afterPaint(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout });
    else idle = window.setTimeout(run, 50);
  });
  return () => {
    cancelPaint();
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}
