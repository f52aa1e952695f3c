import type { ShownStatus, ShownYearEndStatus } from '../insight-catalogue.js';
import { STATUS_FILLS } from '../progress-charts.js';

/**
 * A small drawn symbol for each status, so that the report's PDF never lets colour alone carry a
 * status (WCAG 1.4.1, and black-and-white print): each shape differs, the colour only repeats it.
 * Drawn as SVG because Roboto, the documents' font, has no check mark, triangle or crossed glyph.
 */
const INK = '#111827';

type Shape = 'check' | 'dot' | 'triangle' | 'half' | 'cross' | 'dash' | 'ring';

const shapes: Record<Shape, (color: string) => string> = {
  check: (c) => `<circle cx="5" cy="5" r="4.4" fill="${c}" stroke="${INK}" stroke-width="0.8"/><path d="M2.6 5.2 L4.4 7 L7.6 3.2" fill="none" stroke="white" stroke-width="1.6"/>`,
  dot: (c) => `<circle cx="5" cy="5" r="4.4" fill="${c}" stroke="${INK}" stroke-width="0.8"/><circle cx="5" cy="5" r="1.7" fill="${INK}"/>`,
  triangle: (c) => `<path d="M5 0.6 L9.5 9.2 L0.5 9.2 Z" fill="${c}" stroke="${INK}" stroke-width="0.8"/><path d="M5 3.4 L5 6.4" stroke="${INK}" stroke-width="1.2"/><circle cx="5" cy="7.7" r="0.65" fill="${INK}"/>`,
  half: (c) => `<circle cx="5" cy="5" r="4.4" fill="white" stroke="${INK}" stroke-width="0.8"/><path d="M5 0.6 A4.4 4.4 0 0 0 5 9.4 Z" fill="${c}" stroke="${INK}" stroke-width="0.8"/>`,
  cross: (c) => `<circle cx="5" cy="5" r="4.4" fill="${c}" stroke="${INK}" stroke-width="0.8"/><path d="M3 3 L7 7 M7 3 L3 7" stroke="${INK}" stroke-width="1.4"/>`,
  dash: (c) => `<circle cx="5" cy="5" r="4.4" fill="${c}" stroke="${INK}" stroke-width="0.8"/><path d="M2.6 5 L7.4 5" stroke="${INK}" stroke-width="1.5"/>`,
  ring: () => `<circle cx="5" cy="5" r="4.1" fill="white" stroke="${INK}" stroke-width="1.1"/>`,
};

const svgOf = (shape: Shape, color: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10">${shapes[shape](color)}</svg>`;

/** A status during the year: the same colours as the charts' bars. */
const progressShapes: Record<ShownStatus, Shape> = { done: 'check', on_track: 'dot', at_risk: 'triangle', late: 'cross', dropped: 'dash', none: 'ring' };

export const progressSymbol = (status: ShownStatus): string => svgOf(progressShapes[status], STATUS_FILLS[status].color);

/** A year-end result: reached like done, partly like a half, not reached like late. */
const yearEndLook: Record<ShownYearEndStatus, { shape: Shape; color: string }> = {
  achieved: { shape: 'check', color: STATUS_FILLS.done.color },
  partly_achieved: { shape: 'half', color: STATUS_FILLS.at_risk.color },
  not_achieved: { shape: 'cross', color: STATUS_FILLS.late.color },
  dropped: { shape: 'dash', color: STATUS_FILLS.dropped.color },
  none: { shape: 'ring', color: 'white' },
};

export const yearEndSymbol = (status: ShownYearEndStatus): string => svgOf(yearEndLook[status].shape, yearEndLook[status].color);
