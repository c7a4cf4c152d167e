// Widget size: the bundle served at /widget.js, gzipped, against its 30 KB budget (one small script per page).
import { buildWidget, WIDGET_BUDGET_BYTES } from '../scripts/build-widget.mjs';
import type { Figure } from './measure.js';

/** Builds the widget as `npm run build` does and reports its gzipped size against the budget. */
export async function measureWidgetSize(): Promise<Figure[]> {
  const { gzipBytes } = await buildWidget();
  const kb = (n: number) => n / 1024;
  return [
    { name: 'widget bundle, gzipped', loket: kb(gzipBytes), peer: kb(WIDGET_BUDGET_BYTES), unit: 'KB', better: 'lower', peerName: 'budget' },
  ];
}
