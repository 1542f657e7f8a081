import { Card, Flex, Skeleton, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../ErrorAlert';

/** One count of a dashboard card: its value, its label, and the filtered list it links to. */
export interface CountItem {
  key: string;
  value: number;
  label: string;
  hint: string;
  /** The list page, with its filter in the URL, whose total is the value. */
  to: string;
  /** Colour of a count that asks for action when above 0. */
  tone?: string;
}

/**
 * A card of work counts on the staff home page (as DossierWorkCards): each count a link to the list filtered to exactly
 * what it counts; a skeleton while loading, the error with a retry.
 */
export function CountCards({
  testId,
  title,
  extra,
  items,
  isPending,
  error,
  onRetry,
}: {
  testId: string;
  title: string;
  extra?: ReactNode;
  items: readonly CountItem[] | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  return (
    <Card title={<span data-testid={`${testId}-title`}>{title}</span>} extra={extra} data-testid={testId}>
      {error != null && <ErrorAlert error={error} onRetry={onRetry} />}
      {isPending && error == null && <Skeleton active paragraph={{ rows: 1 }} />}
      {items && (
        <Flex wrap gap="middle">
          {items.map((c) => (
            <Tooltip key={c.key} title={c.hint}>
              <Link
                to={c.to}
                className="work-count"
                data-testid={`${testId}-${c.key}`}
                style={{ display: 'block', minWidth: 150, flex: '1 1 150px' }}
              >
                <Card size="small" hoverable>
                  <div
                    data-testid={`${testId}-${c.key}-value`}
                    style={{
                      fontSize: 28,
                      fontWeight: 600,
                      lineHeight: 1.2,
                      color: c.value > 0 ? c.tone : undefined,
                    }}
                  >
                    {c.value.toLocaleString('vi-VN')}
                  </div>
                  <Typography.Text>{c.label}</Typography.Text>
                </Card>
              </Link>
            </Tooltip>
          ))}
        </Flex>
      )}
    </Card>
  );
}
