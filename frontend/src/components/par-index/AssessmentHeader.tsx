import { Card, Col, Flex, Row, Space, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPct, formatPoints, type AssessmentDetail } from '../../api/parIndex';
import { AssessmentStatusTag, RankGroupTag } from './Tags';
import { PageTitle } from '../PageTitle';

/** Title, status, set and totals of an assessment, with links to its other screens. */
export function AssessmentHeader({
  detail,
  titleKey,
  links,
  extra,
}: {
  detail: AssessmentDetail;
  titleKey: string;
  links: { to: string; label: string; testId: string }[];
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const a = detail.assessment;
  const pct = (v?: number | null) => formatPct(v, lang);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Flex wrap gap="small" align="center" justify="space-between">
        <Space wrap align="center">
          <PageTitle style={{ margin: 0 }} data-testid="assessment-title">
            {t(titleKey, { unit: a.unitName ?? a.unitCode, year: a.year })}
          </PageTitle>
          <AssessmentStatusTag status={a.status} />
        </Space>
        <Space wrap>
          {links.map((l) => (
            <Link key={l.to} to={l.to} data-testid={l.testId}>
              {l.label}
            </Link>
          ))}
        </Space>
      </Flex>
      <Typography.Text type="secondary">
        {a.unitCode} · {a.criteriaSetCode} · {t(`parIndex.level.${a.level}`, { defaultValue: a.level })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic
              title={t('parIndex.self.selfScore')}
              value={`${formatPoints(detail.totals.selfPoints, lang)}/${formatPoints(detail.totals.maxPoints, lang)}`}
              suffix={<Typography.Text type="secondary">({pct(detail.totals.selfPercent)})</Typography.Text>}
              styles={{ content: { fontSize: 20 } }}
              data-testid="totals-self"
            />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic
              title={t('parIndex.appraisal.current')}
              value={`${formatPoints(detail.totals.currentPoints, lang)}/${formatPoints(detail.totals.maxPoints, lang)}`}
              suffix={<Typography.Text type="secondary">({pct(detail.totals.currentPercent)})</Typography.Text>}
              styles={{ content: { fontSize: 20 } }}
              data-testid="totals-current"
            />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Typography.Text type="secondary">{t('parIndex.result.rankGroup')}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <RankGroupTag group={detail.totals.currentRankGroup} />
            </div>
          </Card>
        </Col>
      </Row>
      {extra}
    </Space>
  );
}
