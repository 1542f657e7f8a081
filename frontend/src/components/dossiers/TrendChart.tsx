import { formatPercent } from '../../format/values';
import { rateColor } from '../RateBars';

export interface TrendPoint {
  key: string;
  label: string;
  /** 0–100, or null when there is nothing to rate (no dossier resolved). */
  value: number | null;
}

const W = 640;
const H = 220;
const PAD = { left: 44, right: 36, top: 20, bottom: 32 };

/** A small SVG line chart of percentages over time (no chart library). */
export function TrendChart({
  points,
  lang = 'vi',
  testId = 'trend-chart',
  ariaLabel,
}: {
  points: TrendPoint[];
  lang?: string;
  testId?: string;
  ariaLabel?: string;
}) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - (Math.max(0, Math.min(100, v)) / 100) * innerH;

  // one polyline per run of known values
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ x: x(i), y: y(p.value) });
  });
  if (run.length) runs.push(run);

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ maxWidth: W }}
    >
      {[0, 25, 50, 75, 100].map((g) => (
        <g key={g}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} stroke="#f0f0f0" />
          <text x={PAD.left - 6} y={y(g) + 4} fontSize={10} textAnchor="end" fill="#8c8c8c">
            {g}%
          </text>
        </g>
      ))}
      {runs.map((r, i) => (
        <polyline
          key={i}
          fill="none"
          stroke="#1677ff"
          strokeWidth={2}
          points={r.map((p) => `${p.x},${p.y}`).join(' ')}
        />
      ))}
      {points.map((p, i) => (
        <g key={p.key} data-testid="trend-point" data-key={p.key} data-value={p.value ?? ''}>
          {p.value !== null && (
            <>
              <circle cx={x(i)} cy={y(p.value)} r={4} fill={rateColor(p.value)} />
              <text x={x(i)} y={y(p.value) - 8} fontSize={11} textAnchor="middle">
                {formatPercent(p.value, lang)}
              </text>
            </>
          )}
          {p.value === null && (
            <text x={x(i)} y={y(0) - 6} fontSize={11} textAnchor="middle" fill="#bfbfbf">
              —
            </text>
          )}
          <text x={x(i)} y={H - 10} fontSize={11} textAnchor="middle" fill="#595959">
            {p.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
