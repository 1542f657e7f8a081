import { Typography } from 'antd';

export interface CountBar {
  key: string;
  label: string;
  value: number;
}

/** Horizontal bars of counts (scaled to the largest), like {@link RateBars} for rates. */
export function CountBars({
  bars,
  testId = 'count-chart',
  ariaLabel,
  color = '#cf1322',
}: {
  bars: CountBar[];
  testId?: string;
  ariaLabel?: string;
  color?: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="rate-bars" data-testid={testId} aria-label={ariaLabel}>
      {bars.map((b) => (
        <li key={b.key} className="rate-bar" data-key={b.key} data-value={b.value}>
          <Typography.Text className="rate-bar-label" ellipsis={{ tooltip: b.label }}>
            {b.label}
          </Typography.Text>
          <div
            className="rate-bar-track"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={max}
            aria-valuenow={b.value}
            aria-label={`${b.label}: ${b.value}`}
          >
            <div className="rate-bar-fill" style={{ width: `${(b.value / max) * 100}%`, background: color }} />
          </div>
          <span className="rate-bar-value">{b.value}</span>
        </li>
      ))}
    </ul>
  );
}
