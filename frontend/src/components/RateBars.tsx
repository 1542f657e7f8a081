import { Typography } from 'antd';
import { formatPercent } from '../format/values';

export interface RateBar {
  key: string;
  label: string;
  /** 0–100 */
  percent: number;
}

export const rateColor = (percent: number) => (percent >= 90 ? '#389e0d' : percent >= 70 ? '#d48806' : '#cf1322');

/** A light horizontal bar chart of rates (no chart library): one bar per unit, labelled with its full name. */
export function RateBars({
  bars,
  lang = 'vi',
  testId = 'rate-chart',
  ariaLabel,
}: {
  bars: RateBar[];
  lang?: string;
  testId?: string;
  ariaLabel?: string;
}) {
  return (
    <ul className="rate-bars" data-testid={testId} aria-label={ariaLabel}>
      {bars.map((b) => {
        const pct = Math.max(0, Math.min(100, b.percent));
        const text = formatPercent(b.percent, lang);
        return (
          <li key={b.key} className="rate-bar" data-key={b.key} data-percent={b.percent}>
            {/* the full name, wrapped: names of units often share a long prefix ("Ủy ban nhân dân xã …") that an
                ellipsis would leave as the only visible text of every bar */}
            <Typography.Text className="rate-bar-label" data-testid="rate-bar-label">
              {b.label}
            </Typography.Text>
            <div
              className="rate-bar-track"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={pct}
              aria-label={`${b.label}: ${text}`}
            >
              <div className="rate-bar-fill" style={{ width: `${pct}%`, background: rateColor(pct) }} />
            </div>
            <span className="rate-bar-value">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
