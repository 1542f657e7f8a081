import { App, Button, Card, Checkbox, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/dossiers';
import {
  downloadEvidence,
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  saveSelf,
  uploadEvidence,
  type AssessmentDetail,
  type CriterionView,
  type EvidenceView,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../ErrorAlert';
import { ProblemAlert } from './ProblemAlert';

/** 1536 → "1,5 KB". */
export function formatSize(bytes: number, lang = 'vi'): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${nf.format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * The new evidence links of each self-assessed criterion when document `docId` is to back exactly
 * `codes`: only the criteria whose links change, each with its full new list.
 */
export function linkChanges(
  leaves: CriterionView[],
  docId: string,
  codes: readonly string[],
): { leaf: CriterionView; evidenceIds: string[] }[] {
  const wanted = new Set(codes);
  const out: { leaf: CriterionView; evidenceIds: string[] }[] = [];
  for (const leaf of leaves) {
    const ids = leaf.entry?.evidenceIds ?? [];
    const has = ids.includes(docId);
    if (wanted.has(leaf.code) && !has) out.push({ leaf, evidenceIds: [...ids, docId] });
    else if (!wanted.has(leaf.code) && has) out.push({ leaf, evidenceIds: ids.filter((i) => i !== docId) });
  }
  return out;
}

/** Downloads one evidence document with the bearer token. */
export function useEvidenceDownload(assessmentId: number | string) {
  const session = useSession();
  return useMutation({
    mutationFn: (doc: Pick<EvidenceView, 'id' | 'filename'>) => downloadEvidence(assessmentId, doc.id, session.token),
    onSuccess: (blob, doc) => saveBlob(blob, doc.filename),
  });
}

/**
 * Evidence documents of an assessment: upload once (raw body), then link one document to any number
 * of self-assessed criteria (`PUT …/criteria/{code}/self` of each criterion whose links change,
 * keeping its value and note).
 */
export function EvidencePanel({
  assessmentId,
  documents,
  leaves,
  canUpload,
  canLink,
  onUploaded,
  onLinked,
}: {
  assessmentId: number;
  documents: EvidenceView[];
  /** Self-assessed leaves, with their current entries. */
  leaves: CriterionView[];
  canUpload: boolean;
  canLink: boolean;
  onUploaded: (doc: EvidenceView) => void;
  onLinked: (detail: AssessmentDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { message } = App.useApp();
  const session = useSession();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [linking, setLinking] = useState<EvidenceView | null>(null);
  const [codes, setCodes] = useState<string[]>([]);

  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(assessmentId, file, session.token),
    onSuccess: (doc) => {
      void message.success(t('parIndex.evidence.uploaded', { name: doc.filename }));
      onUploaded(doc);
    },
  });
  const link = useMutation({
    mutationFn: async ({ doc, codes: wanted }: { doc: EvidenceView; codes: string[] }) => {
      let last: AssessmentDetail | undefined;
      for (const { leaf, evidenceIds } of linkChanges(leaves, doc.id, wanted)) {
        last = await saveSelf(
          assessmentId,
          leaf.code,
          { value: leaf.entry?.selfValue ?? null, note: leaf.entry?.selfNote ?? null, evidenceIds },
          session.token,
        );
      }
      return last;
    },
    onSuccess: (detail, { doc }) => {
      setLinking(null);
      void message.success(t('parIndex.evidence.linkedSaved', { name: doc.filename }));
      if (detail) onLinked(detail);
    },
  });
  const download = useEvidenceDownload(assessmentId);

  const openLink = (doc: EvidenceView) => {
    link.reset();
    setCodes(leaves.filter((l) => l.entry?.evidenceIds?.includes(doc.id)).map((l) => l.code));
    setLinking(doc);
  };
  const names = new Map(leaves.map((l) => [l.code, l.name]));

  return (
    <Card
      size="small"
      title={t('parIndex.evidence.title')}
      data-testid="evidence-panel"
      extra={
        canUpload && (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              setTooLarge(null);
              if (file.size > EVIDENCE_MAX_BYTES) setTooLarge(t('parIndex.evidence.tooLarge', { name: file.name }));
              else upload.mutate(file);
              return false;
            }}
          >
            <Button type="primary" loading={upload.isPending} data-testid="evidence-upload">
              {t('parIndex.evidence.upload')}
            </Button>
          </Upload>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {canUpload && <Typography.Text type="secondary">{t('parIndex.evidence.uploadHint')}</Typography.Text>}
        {tooLarge && <ErrorAlert error={new Error(tooLarge)} />}
        {upload.isError && <ProblemAlert error={upload.error} />}
        {download.isError && <ErrorAlert error={download.error} />}
        <Table<EvidenceView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={documents}
          data-testid="evidence-table"
          locale={{ emptyText: t('parIndex.evidence.none') }}
          columns={[
            {
              title: t('parIndex.evidence.filename'),
              key: 'filename',
              render: (_, d) => (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  data-testid="evidence-download"
                  onClick={() => download.mutate(d)}
                >
                  {d.filename}
                </Button>
              ),
            },
            { title: t('parIndex.evidence.size'), key: 'size', width: 100, render: (_, d) => formatSize(d.size, lang) },
            {
              title: t('parIndex.evidence.linked'),
              key: 'linked',
              render: (_, d) =>
                d.linkedCriteria.length ? (
                  <Space size={2} wrap data-testid="evidence-linked">
                    {d.linkedCriteria.map((c) => (
                      <Tag key={c} title={names.get(c)}>
                        {c}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary" data-testid="evidence-linked">
                    {t('parIndex.evidence.notLinked')}
                  </Typography.Text>
                ),
            },
            ...(canLink
              ? [
                  {
                    title: '',
                    key: 'link',
                    width: 130,
                    render: (_: unknown, d: EvidenceView) => (
                      <Button size="small" data-testid="evidence-link" onClick={() => openLink(d)}>
                        {t('parIndex.evidence.link')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      <Modal
        open={linking !== null}
        title={linking ? t('parIndex.evidence.linkTitle', { name: linking.filename }) : ''}
        okText={t('parIndex.common.save')}
        cancelText={t('parIndex.common.cancel')}
        okButtonProps={{ 'data-testid': 'evidence-link-save' } as ButtonProps}
        confirmLoading={link.isPending}
        onOk={() => linking && link.mutate({ doc: linking, codes })}
        onCancel={() => setLinking(null)}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Checkbox.Group
            data-testid="evidence-link-options"
            value={codes}
            onChange={(v) => setCodes(v as string[])}
            style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 400, overflowY: 'auto' }}
            options={leaves.map((l) => ({
              value: l.code,
              label: <span data-testid={`link-option-${l.code}`}>{`${l.code}. ${l.name}`}</span>,
            }))}
          />
          {link.isError && <ProblemAlert error={link.error} />}
        </Space>
      </Modal>
    </Card>
  );
}
