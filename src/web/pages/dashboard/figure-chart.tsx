// A figure's chart: horizontal bars drawn by Observable Plot as SVG into a div this component owns. One series
// only, so nothing is told by colour; each bar carries its value written beside it ("<10" or "x" where the API
// suppressed it, with no bar). The SVG is one image to a screen reader, labelled with what it shows, its parts unnamed.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { ChartBar } from './figure-data.ts';

const ROW_HEIGHT = 30;

/** The bars of one column, with `label` as the SVG's accessible name. */
export function FigureChart({
  bars,
  label,
  isPercent,
}: {
  bars: ChartBar[];
  label: string;
  isPercent: boolean;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = holder.current;
    if (target === null) return;
    const largest = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
    const svg = Plot.plot({
      width: 720,
      height: bars.length * ROW_HEIGHT + 40,
      marginLeft: 260,
      marginRight: 70,
      style: { fontSize: '13px', color: '#1b1b1b', background: 'transparent' },
      x: { domain: [0, isPercent ? 100 : largest], grid: true, label: null },
      y: { domain: bars.map((bar) => bar.name), label: null, tickSize: 0 },
      marks: [
        Plot.barX(bars, { x: (bar: ChartBar) => bar.value ?? 0, y: 'name', fill: '#005ea2' }),
        Plot.text(bars, {
          x: (bar: ChartBar) => bar.value ?? 0,
          y: 'name',
          text: 'label',
          textAnchor: 'start',
          dx: 4,
          fill: '#1b1b1b',
        }),
        Plot.ruleX([0]),
      ],
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    // Plot names its marks' groups ("bar", "rule"); inside an image those names are not allowed, and say nothing.
    for (const named of svg.querySelectorAll('[aria-label], [aria-description]')) {
      named.removeAttribute('aria-label');
      named.removeAttribute('aria-description');
    }
    target.replaceChildren(svg);
    return () => target.replaceChildren();
  }, [bars, label, isPercent]);
  return <div ref={holder} className="refuge-chart" />;
}
