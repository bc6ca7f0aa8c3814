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
