import { Button, Space } from 'antd';
import { useState } from 'react';
import { getDocument, type DocumentView } from '../../api/inspections';
import { saveBlob } from '../../api/dossiers';
import { ErrorAlert } from '../ErrorAlert';

/** Attached documents as download buttons (fetched with the bearer token). */
export function DocumentLinks({
  inspectionId,
  documents,
  token,
}: {
  inspectionId: string;
  documents: readonly DocumentView[];
  token?: string;
}) {
  const [error, setError] = useState<unknown>(null);
  if (!documents.length) return null;
  return (
    <Space orientation="vertical" size={0}>
      {documents.map((d) => (
        <Button
          key={d.id}
          type="link"
          size="small"
          style={{ padding: 0 }}
          data-testid="document-link"
          onClick={() => {
            setError(null);
            getDocument(inspectionId, d.id, token).then((b) => saveBlob(b, d.filename), setError);
          }}
        >
          📎 {d.filename}
        </Button>
      ))}
      {error != null && <ErrorAlert error={error} />}
    </Space>
  );
}
