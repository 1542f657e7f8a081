import type { ComponentProps } from 'react';

/**
 * The one `h1` of a page, sized like a section title so that pages keep their look, smaller on phones
 * (styles.css `.page-title`). Every page renders exactly one (checked by e2e/responsive.spec.ts). Plain markup:
 * public pages use it without antd (issue 17).
 */
export function PageTitle({ className, ...props }: ComponentProps<'h1'>) {
  return <h1 {...props} className={className ? `page-title ${className}` : 'page-title'} />;
}
