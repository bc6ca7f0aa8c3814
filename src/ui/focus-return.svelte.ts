// Focus for a side panel: each time the panel opens on something new, remember what had focus outside
// it (a zone button, the map, the general coverage entry) and move focus to the panel's heading (the
// element marked data-panel-heading); when the panel goes away, give focus back to what opened it.
import { afterPaint } from './after-paint.ts';

/** Call while the panel component initialises. `key` names what the panel shows: focus moves when it changes. */
export function focusHeadingAndReturn(panel: () => HTMLElement | undefined, key: () => unknown): void {
  let opener: HTMLElement | null = null;

  $effect(() => {
    void key();
    const element = panel();
    if (!element) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !element.contains(active)) opener = active;
    // After the panel's first paint: focusing forces a layout, which would otherwise hold the paint up.
    // No scroll: a shared link's excerpt may already have scrolled the panel to itself.
    return afterPaint(() => element.querySelector<HTMLElement>('[data-panel-heading]')?.focus({ preventScroll: true }));
  });

  $effect(() => () => {
    // Only when focus was inside the panel (its nodes are gone by now, so focus fell to the body): a
    // reader who closed it by choosing something else keeps focus where they put it.
    const active = document.activeElement;
    const lost = active === null || active === document.body || (panel()?.contains(active) ?? false);
    if (lost && opener?.isConnected) opener.focus();
  });
}
