import { Alert, Button, Form, Input, Radio, Result, Space, Table, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { PHONE_LAST4, rateDossier, rateMyDossier, trackDossier, trackMyDossier } from '../api/dossiers';
import { useSession } from '../auth/session';
import {
  SATISFACTION_CRITERIA,
  SATISFACTION_LEVELS,
  type RatingInput,
  type SatisfactionCriterion,
  type SatisfactionLevel,
} from '../api/dossierTypes';
import { violationsToFields } from '../components/admin/procedureForm';
import { ButtonLink } from '../components/ButtonLink';
import { ErrorAlert } from '../components/ErrorAlert';
import { useIsPhone } from '../components/responsive';
import { MINE_PARAM, trackingPath } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';
import { withAntd } from '../components/AntdRoot';

type RatingForm = { phone: string; answers: Partial<Record<SatisfactionCriterion, SatisfactionLevel>> };

/** The body of `POST /ratings/{code}`: every criterion in the seed-003 order. */
export function toRatingInput(v: RatingForm): RatingInput {
  const answers = {} as RatingInput['answers'];
  for (const c of SATISFACTION_CRITERIA) {
    const level = v.answers?.[c];
    if (level) answers[c] = level;
  }
  return { phone: v.phone.trim(), answers };
}

/** What the rating page shows for an error. */
export function ratingErrorKind(e: unknown): 'already' | 'notFound' | 'tooMany' | 'other' {
  if (e instanceof ApiError && e.status === 409) return 'already';
  if (e instanceof ApiError && e.status === 404) return 'notFound';
  if (e instanceof ApiError && e.status === 429) return 'tooMany';
  return 'other';
}

/**
 * Public satisfaction rating (`/danh-gia/:code`, no login): the 12 online criteria of seed 003, each
 * rất hài lòng / hài lòng / không hài lòng, plus the last 4 digits of the phone. Once per dossier.
 */
function RatingPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams<{ code: string }>();
  const [params] = useSearchParams();
  const session = useSession();
  // the signed-in citizen's own dossier (`?cua-toi=1`): no phone digits to type
  const mine = params.get(MINE_PARAM) === '1' && !!session.token && session.roles.includes('citizen');
  const [form] = Form.useForm<RatingForm>();
  const send = useMutation({
    mutationFn: (v: RatingForm) =>
      mine && session.token
        ? rateMyDossier(code, toRatingInput({ ...v, phone: '' }).answers, session.token)
        : rateDossier(code, toRatingInput(v)),
    onError: (e) => {
      if (e instanceof ApiError) {
        const fieldErrors = violationsToFields(e.problem?.violations, ['phone', 'answers']);
        if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
      }
    },
  });
  const kind = send.isError ? ratingErrorKind(send.error) : undefined;
  const isPhone = useIsPhone();
  // whether the dossier is rated already (TrackingView.rated), known before the 12 questions: the signed-in
  // citizen's own dossier at once, a dossier rated without login as soon as the 4 phone digits are typed
  const phone: string = Form.useWatch('phone', form) ?? '';
  const phoneOk = PHONE_LAST4.test(phone.trim());
  const known = useQuery({
    queryKey: mine ? ['dossiers', 'mine', code] : ['dossiers', 'tracking', code, phone.trim()],
    queryFn: ({ signal }) =>
      mine && session.token ? trackMyDossier(code, session.token, signal) : trackDossier(code, phone, signal),
    enabled: !!code && (mine ? !!session.token : phoneOk),
    retry: false,
  });
  const ratedAlready = known.data?.rated === true && (mine || phoneOk);

  if (send.isSuccess) {
    return (
      <Result
        status="success"
        title={t('rating.thanks')}
        subTitle={code}
        data-testid="rating-done"
        extra={<ButtonLink to={trackingPath(code, mine)}>{t('rating.backToTracking')}</ButtonLink>}
      />
    );
  }

  if (mine && ratedAlready) {
    return (
      <Result
        status="info"
        title={t('rating.alreadyBefore')}
        subTitle={code}
        data-testid="rating-rated-before"
        extra={<ButtonLink to={trackingPath(code, mine)}>{t('rating.backToTracking')}</ButtonLink>}
      />
    );
  }

  const required = [{ required: true, message: t('rating.answerRequired') }];
  const answerField = (criterion: SatisfactionCriterion, vertical = false) => (
    <Form.Item name={['answers', criterion]} rules={required} style={{ margin: 0 }}>
      <Radio.Group
        data-testid={`rating-${criterion}`}
        aria-label={t(`rating.criteria.${criterion}`)}
        orientation={vertical ? 'vertical' : undefined}
        options={SATISFACTION_LEVELS.map((l) => ({ value: l, label: t(`rating.level.${l}`) }))}
      />
    </Form.Item>
  );
  const phoneField = !mine && (
    <Form.Item
      name="phone"
      label={t('rating.phone')}
      extra={t('rating.phoneFirst')}
      rules={[{ required: true, pattern: PHONE_LAST4, message: t('tracking.phoneFormat') }]}
    >
      <Input data-testid="rating-phone" style={{ width: 100 }} maxLength={4} inputMode="numeric" autoComplete="off" />
    </Form.Item>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 980 }} data-testid="rating-page">
      <div>
        <PageTitle>{t('rating.title')}</PageTitle>
        <Typography.Paragraph>
          {t('rating.dossier')}:{' '}
          <Typography.Text strong data-testid="rating-code">
            {code}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('rating.hint')}</Typography.Paragraph>
      </div>
      <Form<RatingForm>
        form={form}
        layout="vertical"
        data-testid="rating-form"
        initialValues={{ phone: '', answers: {} }}
        onFinish={(v) => send.mutate(v)}
        scrollToFirstError
      >
        {phoneField}
        {ratedAlready && (
          <Alert
            type="info"
            showIcon
            data-testid="rating-rated-before"
            title={t('rating.alreadyBefore')}
            style={{ marginBottom: 16 }}
          />
        )}
        <div hidden={ratedAlready}>
          {isPhone ? (
            <ol className="card-list" data-testid="rating-criteria" data-layout="cards">
              {SATISFACTION_CRITERIA.map((c, i) => (
                <li key={c} data-row-key={c}>
                  <div className="card-list-title" id={`rating-q-${c}`}>
                    {i + 1}. {t(`rating.criteria.${c}`)}
                  </div>
                  <div style={{ marginTop: 6 }}>{answerField(c, true)}</div>
                </li>
              ))}
            </ol>
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="criterion"
              data-testid="rating-criteria"
              dataSource={SATISFACTION_CRITERIA.map((c, i) => ({ criterion: c, no: i + 1 }))}
              columns={[
                { key: 'no', dataIndex: 'no', title: '#', width: 40 },
                {
                  key: 'criterion',
                  dataIndex: 'criterion',
                  title: t('rating.criterion'),
                  render: (c: string) => t(`rating.criteria.${c}`),
                },
                {
                  key: 'answer',
                  title: t('rating.answer'),
                  width: 430,
                  render: (_, row) => answerField(row.criterion),
                },
              ]}
            />
          )}
        </div>
        {kind === 'already' && (
          <Alert
            type="info"
            showIcon
            data-testid="rating-already"
            title={t('rating.already')}
            description={send.error instanceof ApiError ? send.error.detail : undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        {kind === 'notFound' && (
          <Alert
            type="warning"
            showIcon
            data-testid="rating-not-found"
            title={t('rating.notFound')}
            style={{ marginBottom: 16 }}
          />
        )}
        {kind === 'tooMany' && (
          <Alert
            type="error"
            showIcon
            data-testid="rating-too-many"
            title={t('tracking.tooMany')}
            style={{ marginBottom: 16 }}
          />
        )}
        {kind === 'other' && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={send.error} />
          </div>
        )}
        <Button
          type="primary"
          htmlType="submit"
          loading={send.isPending}
          disabled={ratedAlready}
          data-testid="rating-submit"
        >
          {t('rating.submit')}
        </Button>
      </Form>
    </Space>
  );
}

// antd's theme, locale and App context, with the page (the frame carries no antd)
export default withAntd(RatingPage);
