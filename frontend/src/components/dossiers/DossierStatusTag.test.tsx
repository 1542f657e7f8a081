import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import serverStatuses from '../../api/fixtures/dossier-statuses.json';
import { DossierStatusTag } from './DossierStatusTag';

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

describe('DossierStatusTag', () => {
  it('shows the name of the status and the national code the server sent', () => {
    // every row of the recorded server table (dossiers StatusContractTest keeps it equal to DossierStatus)
    for (const s of serverStatuses) {
      const { unmount } = render(<DossierStatusTag status={s.status} statusCode={s.statusCode} />);
      const tag = screen.getByTestId('dossier-status');
      expect(tag.getAttribute('data-status')).toBe(s.status);
      expect(tag.getAttribute('data-code')).toBe(String(s.statusCode));
      expect(tag.getAttribute('title')).toBe(`Mã trạng thái ${s.statusCode}`);
      expect(tag.textContent).toBe(s.name);
      unmount();
    }
  });

  it('does not invent a code when the server sent none', () => {
    render(<DossierStatusTag status="PROCESSING" />);
    expect(screen.getByTestId('dossier-status').getAttribute('data-code')).toBeNull();
  });
});
