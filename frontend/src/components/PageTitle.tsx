import { Typography } from 'antd';
import type { ComponentProps } from 'react';

/**
 * The one `h1` of a page, sized like a section title so that pages keep their look, smaller on phones
 * (styles.css `.page-title`). Every page renders exactly one (checked by e2e/responsive.spec.ts).
 */
export function PageTitle({ className, ...props }: Omit<ComponentProps<typeof Typography.Title>, 'level'>) {
  return <Typography.Title {...props} level={1} className={className ? `page-title ${className}` : 'page-title'} />;
}
