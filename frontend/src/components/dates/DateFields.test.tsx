import { useState } from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { antdLocale } from '../../i18n/antdLocale';
import { pickDate } from '../../test/dates';
import { DateField, DateRangeField, DateTimeField, TimeField } from './DateFields';

function inVietnamese(ui: React.ReactElement) {
  return render(<ConfigProvider locale={antdLocale('vi')}>{ui}</ConfigProvider>);
}

describe('DateField', () => {
  it('shows dd/MM/yyyy and gives yyyy-MM-dd', async () => {
    const onChange = vi.fn();
    function Probe() {
      const [v, setV] = useState<string | undefined>('2026-12-01');
      return (
        <DateField
          data-testid="d"
          value={v}
          onChange={(x) => {
            onChange(x);
            setV(x);
          }}
        />
      );
    }
    inVietnamese(<Probe />);
    const input = screen.getByTestId('d') as HTMLInputElement;
    expect(input.tagName).toBe('INPUT');
    expect(input.value).toBe('01/12/2026');
    pickDate(input, '05/12/2026');
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('2026-12-05'));
    expect(input.value).toBe('05/12/2026');
  });

  it('opens a Vietnamese calendar (months and weekdays in Vietnamese, weeks from Monday)', async () => {
    inVietnamese(<DateField data-testid="d" value="2026-12-01" />);
    fireEvent.mouseDown(screen.getByTestId('d'));
    fireEvent.click(screen.getByTestId('d'));
    await waitFor(() => expect(document.querySelector('.ant-picker-dropdown')).not.toBeNull());
    const panel = document.querySelector('.ant-picker-dropdown')!;
    const weekdays = [...panel.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(weekdays[0]).toMatch(/^T2$/i);
    expect(weekdays[6]).toMatch(/^CN$/i);
    expect(panel.textContent).toMatch(/Th 12|thg 12|tháng 12/i);
    expect(panel.textContent).toContain('Hôm nay');
  });

  it('takes the typed date on Enter without submitting the form around it', async () => {
    const onChange = vi.fn();
    const submitted = vi.fn((e: React.FormEvent) => e.preventDefault());
    inVietnamese(
      <form onSubmit={submitted}>
        <DateField data-testid="d" onChange={onChange} />
        <button type="submit">Gửi</button>
      </form>,
    );
    const input = screen.getByTestId('d') as HTMLInputElement;
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '05/12/2026' } });
    const enter = new KeyboardEvent('keydown', {
      key: 'Enter',
      code: 'Enter',
      keyCode: 13,
      bubbles: true,
      cancelable: true,
    });
    input.dispatchEvent(enter);
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('2026-12-05'));
    // the browser submits a form on an Enter it was not told to leave alone (implicit submission)
    expect(enter.defaultPrevented).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('refuses a day outside its bounds', async () => {
    const onChange = vi.fn();
    inVietnamese(<DateField data-testid="d" min="2026-01-01" max="2026-12-31" onChange={onChange} />);
    pickDate(screen.getByTestId('d'), '01/01/2027');
    pickDate(screen.getByTestId('d'), '31/12/2026');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('2026-12-31'));
    expect(onChange).not.toHaveBeenCalledWith('2027-01-01');
  });
});

describe('DateTimeField', () => {
  it('shows dd/MM/yyyy HH:mm in Vietnam time and gives RFC 3339 with +07:00', async () => {
    const onChange = vi.fn();
    function Probe() {
      const [v, setV] = useState<string | undefined>('2026-03-02T01:30:00Z');
      return (
        <DateTimeField
          data-testid="dt"
          value={v}
          onChange={(x) => {
            onChange(x);
            setV(x);
          }}
        />
      );
    }
    inVietnamese(<Probe />);
    const input = screen.getByTestId('dt') as HTMLInputElement;
    expect(input.value).toBe('02/03/2026 08:30');
    pickDate(input, '10/03/2026 16:00');
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('2026-03-10T16:00:00+07:00'));
  });
});

describe('DateRangeField', () => {
  it('shows both ends dd/MM/yyyy', () => {
    inVietnamese(<DateRangeField data-testid="r" value={['2026-12-01', '2026-12-05']} />);
    const inputs = document.querySelectorAll('.ant-picker-range input');
    expect([...inputs].map((i) => (i as HTMLInputElement).value)).toEqual(['01/12/2026', '05/12/2026']);
  });
});

describe('TimeField', () => {
  it('shows 24 h', () => {
    inVietnamese(<TimeField data-testid="t" value="16:30" />);
    expect((screen.getByTestId('t') as HTMLInputElement).value).toBe('16:30');
  });
});
