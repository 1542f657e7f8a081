import { lazy } from 'react';
import type { DateFieldProps } from './DateFields';

/**
 * {@link DateFieldProps | DateField} with antd's provider, loaded when first rendered: a public page in plain markup
 * (issue 17) shows a date picker only on demand without carrying antd's picker in its first load.
 */
export const LazyDateField = lazy(() =>
  Promise.all([import('./DateFields'), import('../AntdRoot')]).then(([dates, root]) => ({
    default: function LazyDateFieldInRoot(props: DateFieldProps) {
      return (
        <root.AntdRoot>
          <dates.DateField {...props} />
        </root.AntdRoot>
      );
    },
  })),
);
