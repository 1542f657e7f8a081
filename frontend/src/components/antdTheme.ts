/**
 * antd's theme tokens of the SPA. Every colour antd writes text in is at 4.5:1 or more on the background it writes it
 * on (WCAG 2.1 AA; checked by axe in the end-to-end suite for the pages and states it opens, and by antdTheme.test.tsx
 * for every pair, from the tokens antd derives from these): antd's defaults are not.
 */
export const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#b71c1c',
    // secondary texts at 4.5:1 or more on white (WCAG AA; antd's default 45 % black is 3.4:1)
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    // placeholders too (axe color-contrast on the catalogue's field filter; antd's default is 25 % black)
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // danger buttons and error texts at 4.5:1 on white (antd's #ff4d4f is 3.3:1)
    colorError: '#cf1322',
    // success texts too (a progress at 100 % wrote its figure in #52c41a: 2.1:1)
    colorSuccess: '#237804',
    // warning texts (Typography type="warning": a provisional PAR result, an unpublished ranking, unsaved changes)
    // at 4.5:1 too: antd's #faad14 is 1.9:1 (axe color-contrast on the appraiser's result page)
    colorWarningText: '#874d00',
    // status tags write their text in the status colour on its light background (Tag color="warning": the
    // self-assessment's criteria without evidence; "processing"; "success"): the colours dark enough for 4.5:1 there,
    // and the backgrounds and borders set too, since antd derives muddy ones from a dark colour (#adb8a5 for success)
    colorWarning: '#874d00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorInfo: '#0958d9',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
  },
} as const;
