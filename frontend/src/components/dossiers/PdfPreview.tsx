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
  // What was loaded for which source: state that belongs to an older source is ignored, so nothing is reset
  // synchronously inside the effect.
  const [loaded, setLoaded] = useState<{
    source: PdfSource;
    url: string | null;
    error: unknown;
    failed: boolean;
  } | null>(null);

  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    let created: string | null = null;
    source
      .load()
      .then((blob) => {
        if (cancelled) return;
        const pdf = blob.type ? blob : new Blob([blob], { type: 'application/pdf' });
        created = URL.createObjectURL(pdf);
        setLoaded({ source, url: created, error: null, failed: false });
      })
      .catch((e) => !cancelled && setLoaded({ source, url: null, error: e, failed: true }));
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [source]);

  const current = loaded && loaded.source === source ? loaded : null;
  const url = current?.url ?? null;
  const error = current?.failed ? (current.error ?? new Error('PDF')) : null;
  const loading = !!source && !current;

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
        {url && (
          <iframe
            title={source?.title}
            src={url}
            data-testid="pdf-frame"
            style={{ width: '100%', height: '70vh', border: 0 }}
          />
        )}
        {!loading && !url && !error && <Alert type="info" title={t('pdf.loading')} />}
      </div>
    </Modal>
  );
}
