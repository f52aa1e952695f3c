import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeHtml, Html } from '../../ui/html.js';

/**
 * Charts drawn on the server with Vega-Lite (compiled to Vega, rendered headless to SVG: no canvas,
 * no browser, no script on the page). The same spec always gives the same SVG, so a page or a
 * report renders identically each time.
 */

/** A fill with its own pattern, so a status reads in black and white print and without colour vision. */
export interface PatternedFill { color: string; pattern: 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'empty' }

/** Chart text: the pages' font, dark enough on white for WCAG contrast; nothing animates or reacts. */
const baseConfig = {
  font: 'sans-serif',
  background: 'white',
  axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400, labelColor: '#1f2937', titleColor: '#1f2937', domainColor: '#4b5563', tickColor: '#4b5563', gridColor: '#d1d5db' },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400, labelColor: '#1f2937', titleColor: '#1f2937', symbolStrokeColor: '#1f2937', symbolStrokeWidth: 1 },
  view: { stroke: null },
};

/** The pattern tiles, each in the fill's colour, with a dark mark that survives greyscale. */
function patternDefinition(id: string, fill: PatternedFill): string {
  const { color } = fill;
  const tile = (marks: string) => `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="${color}"/>${marks}</pattern>`;
  switch (fill.pattern) {
    case 'solid': return tile('');
    case 'diagonal': return tile('<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#111827" stroke-width="1.5"/>');
    case 'dots': return tile('<circle cx="4" cy="4" r="1.6" fill="#111827"/>');
    case 'cross': return tile('<path d="M0,0 l8,8 M8,0 l-8,8" stroke="#111827" stroke-width="1.2"/>');
    case 'horizontal': return tile('<path d="M0,4 h8" stroke="#111827" stroke-width="1.5"/>');
    case 'empty': return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="white"/></pattern>`;
  }
}

export interface ChartText {
  /** a page-unique id: the chart's title and description are found by it */
  id: string;
  title: string;
  /** every figure of the chart in words, for screen readers (the table beside the chart has them too) */
  desc: string;
}

/**
 * Renders a Vega-Lite spec to an inline SVG that screen readers announce as one image with its title
 * and the figures in its description. `fills` replaces each listed colour (bars and legend symbols
 * alike) by a patterned fill.
 */
export async function chartSvg(spec: TopLevelSpec, text: ChartText, fills: readonly PatternedFill[] = []): Promise<Html> {
  const compiled = compile({ ...spec, config: { ...baseConfig, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.None });
  let svg = await view.toSVG();
  view.finalize();
  const patternIds = fills.map((_, i) => `${text.id}-pattern-${i}`);
  fills.forEach((fill, i) => { svg = svg.split(`fill="${fill.color}"`).join(`fill="url(#${patternIds[i]})"`); });
  const defs = fills.length === 0 ? '' : `<defs>${fills.map((f, i) => patternDefinition(patternIds[i]!, f)).join('')}</defs>`;
  const titleId = `${text.id}-title`;
  const descId = `${text.id}-desc`;
  // The image's accessible name and description come first inside it, as SVG expects.
  svg = svg.replace(/^<svg ([^>]*)class="marks"/, `<svg $1class="chart" role="img" aria-labelledby="${titleId} ${descId}" focusable="false"`)
    .replace(/^(<svg [^>]*>)/, `$1<title id="${titleId}">${escapeHtml(text.title)}</title><desc id="${descId}">${escapeHtml(text.desc)}</desc>${defs}`);
  return new Html(svg);
}
