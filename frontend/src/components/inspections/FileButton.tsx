import { Button } from 'antd';
import { useRef } from 'react';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';

/** A button that opens the file chooser; `onFile` gets the chosen file (the input is reset afterwards). */
export function FileButton({
  label,
  onFile,
  loading,
  testId,
}: {
  label: string;
  onFile: (f: File) => void;
  loading?: boolean;
  testId: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
      <Button size="small" loading={loading} data-testid={testId} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
