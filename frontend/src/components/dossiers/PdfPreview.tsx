import { Alert, Button, Flex, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';

export interface PdfSource {
  title: string;
  fileName: string;
  /** Fetches the PDF (with the bearer token). */
  load: () => Promise<Blob>;
}

/**
 * A modal that fetches a PDF as a blob (the documents need the bearer token, so a plain link
 * cannot be used) and shows it in an iframe, with "open in a new tab" and "download".
 */
export function PdfPreview({ source, onClose }: { source: PdfSource | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    let created: string | null = null;
    setUrl(null);
    setError(null);
    setLoading(true);
    source
      .load()
      .then((blob) => {
        if (cancelled) return;
        const pdf = blob.type ? blob : new Blob([blob], { type: 'application/pdf' });
        created = URL.createObjectURL(pdf);
        setUrl(created);
      })
      .catch((e) => !cancelled && setError(e))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [source]);

  return (
    <Modal
      open={!!source}
      title={source?.title}
      onCancel={onClose}
      width={960}
      destroyOnHidden
      footer={
        <Flex gap="small" justify="end">
          {url && (
            <>
              <Button data-testid="pdf-open-tab" onClick={() => window.open(url, '_blank', 'noopener')}>
                {t('pdf.openTab')}
              </Button>
              <a href={url} download={source?.fileName} data-testid="pdf-download">
                <Button>{t('pdf.download')}</Button>
              </a>
            </>
          )}
          <Button type="primary" onClick={onClose} data-testid="pdf-close">
            {t('pdf.close')}
          </Button>
        </Flex>
      }
    >
      <div data-testid="pdf-preview" data-state={error ? 'error' : url ? 'ready' : 'loading'}>
        {loading && <Spin />}
        {error != null && <ErrorAlert error={error} />}
        {url && <iframe title={source?.title} src={url} data-testid="pdf-frame" style={{ width: '100%', height: '70vh', border: 0 }} />}
        {!loading && !url && !error && <Alert type="info" title={t('pdf.loading')} />}
      </div>
    </Modal>
  );
}
