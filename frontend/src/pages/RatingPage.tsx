import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
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
import { ErrorAlert } from '../components/ErrorAlert';
import { useIsPhone } from '../components/responsive';
import { MINE_PARAM, trackingPath } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';
import { Notice } from '../components/plain/Notice';

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

type Answers = Partial<Record<SatisfactionCriterion, SatisfactionLevel>>;
type FieldErrors = { phone?: string; answers: Partial<Record<SatisfactionCriterion, string>> };

/** A 400's violations on the phone or on one criterion's answer, as the form's field errors. */
export function violationErrors(e: unknown): FieldErrors {
  const errors: FieldErrors = { answers: {} };
  if (!(e instanceof ApiError)) return errors;
  for (const v of e.problem?.violations ?? []) {
    const field = v.field ?? '';
    const answer = /(?:^|\.)answers[.[]([A-Za-z]+)\]?$/.exec(field);
    if (answer && (SATISFACTION_CRITERIA as readonly string[]).includes(answer[1]))
      errors.answers[answer[1] as SatisfactionCriterion] = v.message;
    else if (/(?:^|\.)phone$/.test(field)) errors.phone = v.message;
  }
  return errors;
}

/** The page's outcome (thanks, rated before) as its h1, with the way back to tracking. */
function Outcome({
  tone,
  title,
  code,
  mine,
  testId,
}: {
  tone: 'success' | 'info';
  title: string;
  code: string;
  mine: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`result-head result-${tone}`} data-testid={testId}>
      <span className="result-icon" aria-hidden>
        {tone === 'success' ? '✓' : 'i'}
      </span>
      <h1 className="result-heading">{title}</h1>
      <div className="result-subtitle">{code}</div>
      <div className="result-extra">
        <Link to={trackingPath(code, mine)} className="btn">
          {t('rating.backToTracking')}
        </Link>
      </div>
    </div>
  );
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
 * rất hài lòng / hài lòng / không hài lòng, plus the last 4 digits of the phone. Once per dossier. Plain markup (a
 * native form, one labelled radio group per criterion): the page loads no antd (issue 17).
 */
function RatingPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams<{ code: string }>();
  const [params] = useSearchParams();
  const session = useSession();
  // the signed-in citizen's own dossier (`?cua-toi=1`): no phone digits to type
  const mine = params.get(MINE_PARAM) === '1' && !!session.token && session.roles.includes('citizen');
  const [phone, setPhone] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<FieldErrors>({ answers: {} });
  const [submitted, setSubmitted] = useState(false);
  const send = useMutation({
    mutationFn: (v: RatingForm) =>
      mine && session.token
        ? rateMyDossier(code, toRatingInput({ ...v, phone: '' }).answers, session.token)
        : rateDossier(code, toRatingInput(v)),
    onError: (e) => setErrors(violationErrors(e)),
  });
  const kind = send.isError ? ratingErrorKind(send.error) : undefined;
  const isPhone = useIsPhone();
  // whether the dossier is rated already (TrackingView.rated), known before the 12 questions: the signed-in
  // citizen's own dossier at once, a dossier rated without login as soon as the 4 phone digits are typed
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
    return <Outcome tone="success" title={t('rating.thanks')} code={code} mine={mine} testId="rating-done" />;
  }

  if (mine && ratedAlready) {
    return (
      <Outcome tone="info" title={t('rating.alreadyBefore')} code={code} mine={mine} testId="rating-rated-before" />
    );
  }

  const validate = (p: string, a: Answers): FieldErrors => {
    const found: FieldErrors = { answers: {} };
    if (!mine && !PHONE_LAST4.test(p.trim())) found.phone = t('tracking.phoneFormat');
    for (const c of SATISFACTION_CRITERIA) if (!a[c]) found.answers[c] = t('rating.answerRequired');
    return found;
  };
  const changePhone = (value: string) => {
    setPhone(value);
    if (submitted) setErrors(validate(value, answers));
  };
  const answer = (criterion: SatisfactionCriterion, level: SatisfactionLevel) => {
    const next = { ...answers, [criterion]: level };
    setAnswers(next);
    if (submitted) setErrors(validate(phone, next));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const found = validate(phone, answers);
    setErrors(found);
    const first = found.phone
      ? 'rating-phone-input'
      : SATISFACTION_CRITERIA.filter((c) => found.answers[c]).map((c) => `rating-${c}-${SATISFACTION_LEVELS[0]}`)[0];
    if (first) {
      // like scrollToFirstError: the first wrong field comes into view and takes the focus
      const el = document.getElementById(first);
      el?.scrollIntoView?.({ block: 'center' });
      el?.focus();
      return;
    }
    send.mutate({ phone, answers });
  };

  const answerField = (criterion: SatisfactionCriterion, vertical = false) => {
    const error = errors.answers[criterion];
    return (
      <div className="field-control">
        <div
          role="radiogroup"
          className={vertical ? 'radio-group radio-group-vertical' : 'radio-group'}
          data-testid={`rating-${criterion}`}
          aria-label={t(`rating.criteria.${criterion}`)}
          aria-invalid={!!error}
          aria-describedby={error ? `rating-${criterion}-error` : undefined}
        >
          {SATISFACTION_LEVELS.map((l) => (
            <label key={l} className="radio">
              <input
                type="radio"
                id={`rating-${criterion}-${l}`}
                name={`rating-${criterion}`}
                value={l}
                checked={answers[criterion] === l}
                onChange={() => answer(criterion, l)}
              />
              <span>{t(`rating.level.${l}`)}</span>
            </label>
          ))}
        </div>
        {error && (
          <span id={`rating-${criterion}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };
  return (
    <div className="page-stack page-stack-wide" data-testid="rating-page">
      <div>
        <PageTitle>{t('rating.title')}</PageTitle>
        <p>
          {t('rating.dossier')}: <strong data-testid="rating-code">{code}</strong>
        </p>
        <p className="text-secondary">{t('rating.hint')}</p>
      </div>
      <form className="plain-form plain-form-vertical" data-testid="rating-form" noValidate onSubmit={submit}>
        {!mine && (
          <div className="field">
            <label htmlFor="rating-phone-input" className="field-required">
              {t('rating.phone')}
            </label>
            <div className="field-control">
              <input
                id="rating-phone-input"
                className="input"
                data-testid="rating-phone"
                style={{ width: 100 }}
                maxLength={4}
                inputMode="numeric"
                autoComplete="off"
                required
                value={phone}
                aria-invalid={!!errors.phone}
                aria-describedby={errors.phone ? 'rating-phone-error rating-phone-extra' : 'rating-phone-extra'}
                onChange={(e) => changePhone(e.target.value)}
              />
              {errors.phone && (
                <span id="rating-phone-error" className="field-error" role="alert">
                  {errors.phone}
                </span>
              )}
              <span id="rating-phone-extra" className="text-secondary">
                {t('rating.phoneFirst')}
              </span>
            </div>
          </div>
        )}
        {ratedAlready && <Notice type="info" testId="rating-rated-before" title={t('rating.alreadyBefore')} />}
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
            <table className="plain-table" data-testid="rating-criteria">
              <thead>
                <tr>
                  <th scope="col" style={{ width: 40 }}>
                    #
                  </th>
                  <th scope="col">{t('rating.criterion')}</th>
                  <th scope="col" style={{ width: 430 }}>
                    {t('rating.answer')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {SATISFACTION_CRITERIA.map((c, i) => (
                  <tr key={c} data-row-key={c}>
                    <td>{i + 1}</td>
                    <td>{t(`rating.criteria.${c}`)}</td>
                    <td>{answerField(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {kind === 'already' && (
          <Notice type="info" testId="rating-already" title={t('rating.already')}>
            {send.error instanceof ApiError ? send.error.detail : undefined}
          </Notice>
        )}
        {kind === 'notFound' && <Notice type="warning" testId="rating-not-found" title={t('rating.notFound')} />}
        {kind === 'tooMany' && <Notice type="error" testId="rating-too-many" title={t('tracking.tooMany')} />}
        {kind === 'other' && <ErrorAlert error={send.error} />}
        <div>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={ratedAlready || send.isPending}
            aria-busy={send.isPending}
            data-testid="rating-submit"
          >
            {send.isPending && <span className="spinner spinner-sm" aria-hidden />}
            {t('rating.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

// no antd on this page (issue 17): plain markup with the classes of styles.css
export default RatingPage;
