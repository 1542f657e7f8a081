import { Suspense, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useUnitNames } from '../api/hooks';
import { getHistory, getProcedure, getVersion } from '../api/procedures';
import type { DecisionRef, ProcedureView, VersionSummary } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { useIsPhone } from '../components/responsive';
import { PageTitle } from '../components/PageTitle';
import { levelsOf, StateTag } from '../components/ProcedureTable';
import { Notice } from '../components/plain/Notice';
import { PlainTable } from '../components/plain/PlainTable';
import { LazyDateField } from '../components/dates/LazyDateField';
import { formatProcessingTime, formatReduction, sumDurations } from '../format/processingTime';
import { formatDate, formatVnd, keyed } from '../format/values';
import { procedurePath, ROUTES } from '../nav/navItems';

function versionFrom(params: URLSearchParams): number | undefined {
  const n = Number.parseInt(params.get('version') ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One procedure (public): every field of the version in force today, on `?asOf=yyyy-MM-dd`, or of
 * `?version=n`; its state; and the history of versions and publication decisions. Plain markup (issue 17: a public
 * page loads at most 150 KB of gzipped script); the date picker of "Xem theo ngày" loads when asked for.
 */
export default function ProcedureDetailPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams<{ code: string }>();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const version = versionFrom(params);
  const asOfParam = params.get('asOf') ?? '';
  const asOf = ISO_DATE.test(asOfParam) ? asOfParam : undefined;
  const user = session.user?.username ?? null;
  const [picking, setPicking] = useState(false);

  const view = useQuery({
    queryKey: ['procedures', 'view', code, { version, asOf, user }],
    queryFn: ({ signal }) =>
      version !== undefined
        ? getVersion(code, version, session.token, signal)
        : getProcedure(code, asOf, session.token, signal),
    enabled: !!code && !session.isLoading,
  });
  const history = useQuery({
    queryKey: ['procedures', 'history', code, user],
    queryFn: ({ signal }) => getHistory(code, session.token, signal),
    enabled: !!code && !session.isLoading,
  });

  const setView = (next: { asOf?: string; version?: number }) => {
    const p = new URLSearchParams();
    if (next.asOf) p.set('asOf', next.asOf);
    if (next.version !== undefined) p.set('version', String(next.version));
    setParams(p);
  };

  const p = view.data;
  const notFound = view.error instanceof ApiError && view.error.status === 404;

  return (
    <div className="page-stack page-stack-full procedure-page" data-testid="procedure-page">
      <Link to={ROUTES.procedures}>← {t('procedure.back')}</Link>
      <div className="procedure-head">
        <div>
          <PageTitle data-testid="procedure-name">{p?.name ?? code}</PageTitle>
          <div className="tag-row">
            <code data-testid="procedure-code">{p?.code ?? code}</code>
            {p && <StateTag state={p.draft ? 'DRAFT' : p.state} testId="procedure-state" />}
            {p && (
              <span className="tag" data-testid="procedure-version">
                {t('procedure.version')} {p.version}
              </span>
            )}
          </div>
        </div>
        <div className="tag-row">
          {picking || asOf ? (
            <>
              <label htmlFor="procedure-as-of">{t('procedure.asOf')}</label>
              <Suspense fallback={<span className="spinner spinner-sm" role="status" aria-label={t('a11y.loading')} />}>
                <LazyDateField
                  id="procedure-as-of"
                  data-testid="as-of"
                  value={asOf}
                  onChange={(d) => setView({ asOf: d && ISO_DATE.test(d) ? d : undefined })}
                  style={{ width: 170 }}
                />
              </Suspense>
            </>
          ) : (
            <button type="button" className="btn" data-testid="as-of-open" onClick={() => setPicking(true)}>
              {t('procedure.asOf')}…
            </button>
          )}
          {(asOf || version !== undefined) && (
            <button type="button" className="btn" data-testid="view-current" onClick={() => setView({})}>
              {t('procedure.viewCurrent')}
            </button>
          )}
        </div>
      </div>

      {view.isLoading && (
        <div className="app-spin" role="status">
          <span className="spinner" aria-hidden />
          <span className="visually-hidden">{t('a11y.loading')}</span>
        </div>
      )}
      {notFound && (
        <section className="panel" data-testid="procedure-not-found">
          <div className="result-head result-warning">
            <span className="result-icon" aria-hidden>
              !
            </span>
            <h2 className="result-heading">{t('procedure.notFound')}</h2>
            {asOf && <div className="result-subtitle">{t('procedure.notInForce', { date: formatDate(asOf) })}</div>}
          </div>
        </section>
      )}
      {view.isError && !notFound && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      {p && <ProcedureBody p={p} asOf={asOf} viewingVersion={version} lang={i18n.resolvedLanguage ?? 'vi'} />}

      <Section title={t('procedure.history')} testId="procedure-history">
        {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
        <HistoryTables
          versions={history.data?.versions ?? []}
          decisions={history.data?.decisions ?? []}
          loading={history.isLoading}
          current={p?.version}
          onOpenVersion={(n) => setView({ version: n })}
        />
      </Section>
    </div>
  );
}

/** A titled panel (antd's Card in plain markup). */
function Section({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <section className="panel" data-testid={testId}>
      <h2 className="panel-title">{title}</h2>
      {children}
    </section>
  );
}

function ProcedureBody({
  p,
  asOf,
  viewingVersion,
  lang,
}: {
  p: ProcedureView;
  asOf?: string;
  viewingVersion?: number;
  lang: string;
}) {
  const { t } = useTranslation();
  const unitNames = useUnitNames();
  const yesNo = (v?: boolean | null) => (v ? t('procedure.yes') : t('procedure.no'));
  const text = (v?: string | null) => (v && v.trim() ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : '—');
  const reduction = formatReduction(p.processingTime, p.statutoryTime, t, lang);
  const phone = useIsPhone();
  const none = <p className="text-secondary">{t('procedure.none')}</p>;
  const unitOfTime = p.processingTime?.unit ?? '';

  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'code', label: t('procedure.code'), children: <code>{p.code}</code> },
    { key: 'field', label: t('procedure.field'), children: <span data-testid="procedure-field">{p.field}</span> },
    {
      key: 'levels',
      label: t('procedure.levels'),
      children: levelsOf(p)
        .map((l) => t(`level.${l}`, { defaultValue: l }))
        .join(', '),
    },
    {
      key: 'agency',
      label: t('procedure.agency'),
      children:
        p.decidingAgencyName ??
        (p.decidingAgencyCode ? (unitNames.get(p.decidingAgencyCode) ?? p.decidingAgencyCode) : '—'),
    },
    {
      key: 'receivingPoints',
      label: t('procedure.receivingPoints'),
      children: p.receivingPoints?.length ? (
        <span className="tag-row" data-testid="procedure-receiving-points">
          {p.receivingPoints.map((c) => (
            <span key={c} className="tag tag-wrap" title={c}>
              {unitNames.get(c) ?? c}
            </span>
          ))}
        </span>
      ) : (
        '—'
      ),
    },
    {
      key: 'channels',
      label: t('procedure.channels'),
      children: (p.channels ?? []).map((c) => t(`channel.${c}`, { defaultValue: c })).join(', ') || '—',
    },
    {
      key: 'onlineLevel',
      label: t('procedure.onlineLevel'),
      children: p.onlineLevel ? t(`onlineLevel.${p.onlineLevel}`, { defaultValue: p.onlineLevel }) : '—',
    },
    {
      key: 'fullOnlineEligible',
      label: t('procedure.fullOnlineEligible'),
      children: (
        <span className={p.fullOnlineEligible ? 'tag tag-green' : 'tag'} data-testid="procedure-full-online">
          {yesNo(p.fullOnlineEligible)}
        </span>
      ),
    },
    {
      key: 'processingTime',
      label: t('procedure.processingTime'),
      children: <strong data-testid="procedure-processing-time">{formatProcessingTime(p.processingTime, t)}</strong>,
    },
    {
      key: 'statutoryTime',
      label: t('procedure.statutoryTime'),
      children: <span data-testid="procedure-statutory-time">{formatProcessingTime(p.statutoryTime, t)}</span>,
    },
    {
      key: 'reduction',
      label: t('procedure.reduction'),
      children: <span data-testid="procedure-reduction">{reduction ?? '—'}</span>,
    },
    {
      key: 'afternoonCutoff',
      label: t('procedure.afternoonCutoff'),
      children: p.afternoonCutoff ? (
        <span data-testid="procedure-cutoff">
          {p.afternoonCutoff}{' '}
          <span className="text-secondary">({t('procedure.afternoonCutoffHint', { time: p.afternoonCutoff })})</span>
        </span>
      ) : (
        '—'
      ),
    },
    { key: 'applicants', label: t('procedure.applicants'), children: text(p.applicants) },
    { key: 'resultType', label: t('procedure.resultType'), children: text(p.resultType) },
    { key: 'paperResultRequired', label: t('procedure.paperResultRequired'), children: yesNo(p.paperResultRequired) },
    { key: 'conditions', label: t('procedure.conditions'), children: text(p.conditions) },
    {
      key: 'validity',
      label: `${t('procedure.validFrom')} – ${t('procedure.validTo')}`,
      children: `${formatDate(p.validFrom)} – ${p.validTo ? formatDate(p.validTo) : '…'}`,
    },
    {
      key: 'decision',
      label: t('procedure.decision'),
      children: p.decision ? <DecisionText d={p.decision} /> : '—',
    },
  ];
  if (p.replacedBy) {
    items.push({
      key: 'replacedBy',
      label: t('procedure.replacedBy'),
      children: <Link to={procedurePath(p.replacedBy)}>{p.replacedBy}</Link>,
    });
  }

  return (
    <>
      {p.draft && (
        <Notice type="warning" testId="draft-banner">
          {t('procedure.draftBanner', { version: p.version })}
        </Notice>
      )}
      {!p.draft && p.hasDraft && <Notice type="info">{t('procedure.hasDraft')}</Notice>}
      {p.abolishedOn && (
        <Notice type="error" testId="abolished-banner">
          {t('procedure.abolished', { date: formatDate(p.abolishedOn) })}
        </Notice>
      )}
      {viewingVersion !== undefined && (
        <Notice type="info">{t('procedure.viewingVersion', { version: viewingVersion })}</Notice>
      )}
      {viewingVersion === undefined && asOf && (
        <Notice type="info" testId="as-of-banner">
          {t('procedure.viewingAsOf', { date: formatDate(asOf) })}
        </Notice>
      )}

      {/* phones: label above value; larger screens: two label–value pairs a line */}
      <dl className={phone ? 'desc-list desc-list-stacked' : 'desc-list'} data-testid="procedure-fields">
        {items.map((i) => (
          <div key={i.key}>
            <dt>{i.label}</dt>
            <dd>{i.children}</dd>
          </div>
        ))}
      </dl>

      <Section title={t('procedure.steps')}>
        {p.steps?.length ? (
          <ol className="procedure-steps" data-testid="procedure-steps">
            {p.steps.map((s, i) => (
              <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {s}
              </li>
            ))}
          </ol>
        ) : (
          none
        )}
      </Section>

      <Section title={t('procedure.components')}>
        <PlainTable
          testId="procedure-components"
          cardTitleKey="name"
          rows={keyed(p.components)}
          rowKey={(r) => r.key}
          empty={t('procedure.none')}
          columns={[
            { key: 'no', title: '#', width: 48, render: (_, i) => i + 1 },
            { key: 'name', title: t('procedure.componentName'), render: (r) => r.name },
            { key: 'copies', title: t('procedure.copies'), width: 100, render: (r) => r.copies },
            {
              key: 'required',
              title: t('procedure.required'),
              width: 140,
              render: (r) =>
                r.required ? (
                  <span className="tag tag-red">{t('procedure.required')}</span>
                ) : (
                  <span className="tag">{t('procedure.optional')}</span>
                ),
            },
            { key: 'form', title: t('procedure.form'), width: 200, render: (r) => r.form || '—' },
          ]}
        />
      </Section>

      <Section title={t('procedure.fees')}>
        <PlainTable
          testId="procedure-fees"
          rows={keyed(p.fees)}
          rowKey={(r) => r.key}
          empty={t('procedure.noFees')}
          columns={[
            { key: 'name', title: t('procedure.feeName'), render: (r) => r.name },
            {
              key: 'amount',
              title: t('procedure.amount'),
              width: 180,
              align: 'end',
              render: (r) => (r.amount === 0 ? t('procedure.free') : formatVnd(r.amount, lang)),
            },
            { key: 'note', title: t('procedure.note'), render: (r) => r.note || '' },
          ]}
        />
      </Section>

      <Section title={t('procedure.legalBasis')}>
        {p.legalBasis?.length ? (
          <ul data-testid="procedure-legal-basis">
            {p.legalBasis.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>

      <Section title={t('procedure.internalSteps')}>
        <PlainTable
          testId="procedure-internal-steps"
          cardTitleKey="name"
          rows={keyed(p.internalSteps)}
          rowKey={(r) => r.key}
          empty={t('procedure.none')}
          footer={{
            label: t('procedure.total'),
            value: (
              <span data-testid="internal-steps-total">
                {formatProcessingTime({ value: sumDurations(keyed(p.internalSteps)), unit: unitOfTime }, t)}
              </span>
            ),
          }}
          columns={[
            { key: 'no', title: t('procedure.stepNo'), width: 70, render: (_, i) => i + 1 },
            { key: 'name', title: t('procedure.stepName'), render: (r) => r.name },
            { key: 'actor', title: t('procedure.actor'), width: 240, render: (r) => r.actor },
            {
              key: 'duration',
              title: t('procedure.duration'),
              width: 170,
              render: (r) => formatProcessingTime({ value: r.duration, unit: unitOfTime }, t),
            },
          ]}
        />
      </Section>
    </>
  );
}

function DecisionText({ d }: { d: DecisionRef }) {
  const { t } = useTranslation();
  return (
    <span>
      {d.number} · {t('procedure.decisionDate')} {formatDate(d.decisionDate)} · {t('procedure.effectiveDate')}{' '}
      {formatDate(d.effectiveDate)}
      {d.action ? ` · ${t(`action.${d.action}`, { defaultValue: d.action })}` : ''}
    </span>
  );
}

function HistoryTables({
  versions,
  decisions,
  loading,
  current,
  onOpenVersion,
}: {
  versions: VersionSummary[];
  decisions: DecisionRef[];
  loading: boolean;
  current?: number;
  onOpenVersion: (n: number) => void;
}) {
  const { t } = useTranslation();
  const action = (a?: string | null) => (a ? t(`action.${a}`, { defaultValue: a }) : '—');
  return (
    <>
      <h3 className="section-title">{t('procedure.versions')}</h3>
      <PlainTable<VersionSummary>
        testId="procedure-versions"
        loading={loading}
        rows={versions}
        rowKey={(r) => r.version}
        empty={t('procedure.none')}
        rowProps={(row) => ({
          onClick: () => onOpenVersion(row.version),
          className: 'row-link',
          'data-testid': `version-row-${row.version}`,
        })}
        columns={[
          {
            key: 'version',
            title: t('procedure.version'),
            width: 150,
            render: (row) => (
              <span className="tag-row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('procedure.version')} ${row.version}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpenVersion(row.version);
                  }}
                >
                  {row.version}
                </button>
                {row.draft && <span className="tag">{t('procedure.draftVersion')}</span>}
                {current === row.version && <span className="tag tag-blue">{t('procedure.current')}</span>}
              </span>
            ),
          },
          { key: 'name', title: t('procedure.name'), render: (row) => row.name },
          {
            key: 'processingTime',
            title: t('procedure.processingTime'),
            width: 160,
            render: (row) => formatProcessingTime(row.processingTime, t),
          },
          { key: 'validFrom', title: t('procedure.validFrom'), width: 120, render: (row) => formatDate(row.validFrom) },
          {
            key: 'validTo',
            title: t('procedure.validTo'),
            width: 120,
            render: (row) => (row.validTo ? formatDate(row.validTo) : '…'),
          },
          {
            key: 'decision',
            title: t('procedure.decision'),
            render: (row) =>
              row.decision
                ? `${row.decision.number}${row.decision.action ? ` (${action(row.decision.action)})` : ''}`
                : '—',
          },
        ]}
      />
      <h3 className="section-title">{t('procedure.decisions')}</h3>
      <PlainTable<DecisionRef>
        testId="procedure-decisions"
        loading={loading}
        rows={decisions}
        rowKey={(d) => `${d.id}-${d.action ?? ''}`}
        empty={t('procedure.none')}
        columns={[
          { key: 'number', title: t('procedure.decisionNumber'), render: (d) => d.number },
          {
            key: 'decisionDate',
            title: t('procedure.decisionDate'),
            width: 140,
            render: (d) => formatDate(d.decisionDate),
          },
          {
            key: 'effectiveDate',
            title: t('procedure.effectiveDate'),
            width: 140,
            render: (d) => formatDate(d.effectiveDate),
          },
          { key: 'action', title: t('procedure.action'), width: 180, render: (d) => action(d.action) },
        ]}
      />
    </>
  );
}
