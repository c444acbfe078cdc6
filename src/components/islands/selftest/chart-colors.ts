/** Reads the radar chart's colours from the page's theme (CSS custom properties), so dark mode works too. */
import { DEFAULT_RADAR_COLORS, type RadarColors } from '../../../lib/selftest/radar-config';

/** `#rrggbb` → `rgba(r, g, b, alpha)`; anything else is returned unchanged. */
function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return color;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The chart colours for the element's current theme. */
export function themeColors(element: Element): RadarColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const current = read('--color-accent', DEFAULT_RADAR_COLORS.current);
  return {
    current,
    currentFill: withAlpha(current, 0.22),
    previous: read('--color-muted', DEFAULT_RADAR_COLORS.previous),
    grid: read('--color-border', DEFAULT_RADAR_COLORS.grid),
    text: read('--color-text', DEFAULT_RADAR_COLORS.text),
  };
}
