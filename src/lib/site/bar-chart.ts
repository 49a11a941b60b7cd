/**
 * Lays out a horizontal bar chart as plain numbers, so the SVG component only draws and the
 * geometry can be tested without a browser.
 */
import { formatNumber } from '../shared/format.ts';

export interface BarInput {
  label: string;
  value: number;
}

export interface BarLayout {
  label: string;
  value: number;
  valueText: string;
  y: number;
  width: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  plotWidth: number;
  max: number;
  bars: BarLayout[];
}

export const formatValue = (value: number, unit: '%' | 'antall') =>
  `${formatNumber(value)}${unit === '%' ? ' %' : ''}`;

export function layoutBars(bars: BarInput[], unit: '%' | 'antall'): ChartLayout {
  const width = 640;
  const labelWidth = 260;
  const barHeight = 28;
  const gap = 10;
  const valueSpace = 70;
  const plotWidth = width - labelWidth - valueSpace;
  const max = unit === '%' ? 100 : Math.max(...bars.map((b) => b.value), 1);
  return {
    width,
    height: bars.length * (barHeight + gap) + gap,
    labelWidth,
    barHeight,
    plotWidth,
    max,
    bars: bars.map((bar, i) => ({
      label: bar.label,
      value: bar.value,
      valueText: formatValue(bar.value, unit),
      y: gap + i * (barHeight + gap),
      width: Math.max((bar.value / max) * plotWidth, bar.value > 0 ? 1 : 0),
    })),
  };
}
