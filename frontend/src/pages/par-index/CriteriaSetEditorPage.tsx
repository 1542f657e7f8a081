import { Alert, App, Button, Card, Col, Empty, Flex, Row, Space, Spin, Tree, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/dossiers';
import {
  activateCriteriaSet,
  exportCriteriaSet,
  formatPoints,
  getCriteriaSet,
  replaceTree,
  retireCriteriaSet,
  setExportFileName,
  type CriteriaNode,
  type CriteriaSetDetail,
} from '../../api/parIndex';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NodeEditor } from '../../components/par-index/NodeEditor';
import { ParIndexNav } from '../../components/par-index/ParIndexNav';
import { ProblemAlert } from '../../components/par-index/ProblemAlert';
import { SampleTag, SetStatusTag } from '../../components/par-index/Tags';
import { treeProblemText, useTreeCheck } from '../../components/par-index/useTreeCheck';
import { problemText } from '../../components/par-index/useScorePreview';
import { addChild, keyPath, nodeAt, pathKey, removeAt, updateAt } from '../../components/par-index/treeEdit';
import { hasAnyRole } from '../../nav/navItems';
import { SET_ADMIN_ROLES } from './CriteriaSetsPage';
import { PageTitle } from '../../components/PageTitle';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

/**
 * `/chi-so/bo-tieu-chi/:id` — a criteria set's tree (fields → criteria → components) with max points,
 * methods and rules; admins edit a DRAFT set (the server checks the tree as they type, `POST /tree-check`, the check
 * the save runs), activate or retire it; everyone exports it as JSON or Excel.
 */
export default function CriteriaSetEditorPage() {
  const { id } = useParams();
  const session = useSession();
  const detail = useQuery({
    queryKey: ['parIndex', 'criteriaSet', id],
    queryFn: ({ signal }) => getCriteriaSet(id!, session.token, signal),
    enabled: !!id && !session.isLoading,
  });
  if (detail.isLoading) return <Spin />;
  if (detail.isError || !detail.data) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ParIndexNav />
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      </Space>
    );
  }
  // keyed by the loaded version: a saved tree starts a fresh edit
  return <Editor key={`${detail.data.set.id}-${detail.dataUpdatedAt}`} detail={detail.data} />;
}

function Editor({ detail }: { detail: CriteriaSetDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const { message } = App.useApp();
  const session = useSession();
  const client = useQueryClient();
  const set = detail.set;
  const editable = hasAnyRole(session.roles, SET_ADMIN_ROLES) && set.status === 'DRAFT';
  const admin = hasAnyRole(session.roles, SET_ADMIN_ROLES);
  const [fields, setFields] = useState<CriteriaNode[]>(detail.fields);
  const [selected, setSelected] = useState<number[] | null>(detail.fields.length ? [0] : null);
  const [dirty, setDirty] = useState(false);

  const edit = (next: CriteriaNode[]) => {
    setFields(next);
    setDirty(true);
  };
  const refresh = () => void client.invalidateQueries({ queryKey: ['parIndex', 'criteriaSet'] });
  const save = useMutation({
    mutationFn: () => replaceTree(set.id, fields, session.token),
    onSuccess: (d) => {
      void message.success(t('parIndex.editor.saved'));
      client.setQueryData(['parIndex', 'criteriaSet', String(set.id)], d);
      setDirty(false);
    },
  });
  const lifecycle = useMutation({
    mutationFn: (step: 'activate' | 'retire') =>
      step === 'activate' ? activateCriteriaSet(set.id, session.token) : retireCriteriaSet(set.id, session.token),
    onSuccess: (_, step) => {
      void message.success(t(step === 'activate' ? 'parIndex.editor.activated' : 'parIndex.editor.retired'));
      refresh();
      void client.invalidateQueries({ queryKey: ['parIndex', 'criteriaSets'] });
    },
  });
  const exporter = useMutation({
    mutationFn: (format: 'json' | 'xlsx') => exportCriteriaSet(set.id, format, session.token),
    onSuccess: (blob, format) => saveBlob(blob, setExportFileName(set.code, format)),
  });

  // the server's check of the tree (admins: those who may save it); the SPA checks nothing itself
  const tree = useTreeCheck(set.id, fields, admin, session.token);
  const problems = tree.check?.problems ?? [];
  const badCodes = new Set(problems.filter((p) => p.rule === 'totals' && p.code).map((p) => p.code));
  const points = (n: number | null | undefined) => formatPoints(n ?? 0, lang);
  const toItems = (nodes: CriteriaNode[], parent: number[]): TreeItem[] =>
    nodes.map((n, i) => {
      const path = [...parent, i];
      return {
        key: pathKey(path),
        title: (
          <span data-testid="tree-node" data-code={n.code} data-bad={badCodes.has(n.code) ? 'true' : undefined}>
            <Typography.Text type={badCodes.has(n.code) ? 'danger' : undefined}>
              {n.code}. {n.name}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              — {formatPoints(n.maxPoints, lang)} {t('parIndex.common.points').toLowerCase()}
            </Typography.Text>
            {n.sample && (
              <>
                {' '}
                <SampleTag />
              </>
            )}
          </span>
        ),
        children: toItems(n.children ?? [], path),
      };
    });
  const items = toItems(fields, []);
  const node = selected ? nodeAt(fields, selected) : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="criteria-set-editor">
      <ParIndexNav />
      <Flex wrap gap="small" align="center" justify="space-between">
        <Space wrap align="center">
          <PageTitle style={{ margin: 0 }}>{t('parIndex.editor.title', { code: set.code })}</PageTitle>
          <SetStatusTag status={set.status} />
          {set.sample && <SampleTag />}
        </Space>
        <Space wrap>
          <Button
            data-testid="set-export-json"
            onClick={() => exporter.mutate('json')}
            loading={exporter.isPending && exporter.variables === 'json'}
          >
            {t('parIndex.editor.exportJson')}
          </Button>
          <Button
            data-testid="set-export-xlsx"
            onClick={() => exporter.mutate('xlsx')}
            loading={exporter.isPending && exporter.variables === 'xlsx'}
          >
            {t('parIndex.editor.exportXlsx')}
          </Button>
          {admin && set.status === 'DRAFT' && (
            <Button
              data-testid="set-activate"
              disabled={dirty}
              loading={lifecycle.isPending}
              onClick={() => lifecycle.mutate('activate')}
            >
              {t('parIndex.editor.activate')}
            </Button>
          )}
          {admin && set.status === 'ACTIVE' && (
            <Button
              danger
              data-testid="set-retire"
              loading={lifecycle.isPending}
              onClick={() => lifecycle.mutate('retire')}
            >
              {t('parIndex.editor.retire')}
            </Button>
          )}
        </Space>
      </Flex>
      <Typography.Text type="secondary">
        {set.name} · {set.year} · {t(`parIndex.level.${set.level}`, { defaultValue: set.level })} · {set.province} ·{' '}
        {t('parIndex.common.maxPoints')}: {formatPoints(set.maxPoints, lang)}
        {set.issuingDecision ? ` · ${set.issuingDecision}` : ''} ·{' '}
        {t('parIndex.editor.nodes', { nodes: detail.nodeCount, leaves: detail.leafCount })}
      </Typography.Text>
      {!editable && <Alert type="info" showIcon title={t('parIndex.editor.readOnly')} />}
      {admin &&
        (tree.error ? (
          <Alert
            type="warning"
            showIcon
            data-testid="totals-check"
            data-ok="false"
            title={t('parIndex.editor.checkFailed')}
            description={problemText(tree.error, t)}
          />
        ) : !tree.check ? (
          <Alert
            type="info"
            showIcon
            data-testid="totals-check"
            data-pending="true"
            title={t('parIndex.editor.checking')}
          />
        ) : tree.check.ok ? (
          <Alert
            type="success"
            showIcon
            data-testid="totals-check"
            data-ok="true"
            data-pending={tree.pending ? 'true' : undefined}
            title={t('parIndex.editor.totalsOk', {
              sum: points(tree.check.fieldsTotal),
              max: points(tree.check.maxPoints),
            })}
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            data-testid="totals-check"
            data-ok="false"
            data-pending={tree.pending ? 'true' : undefined}
            title={t('parIndex.editor.totalsBad')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.rule}`} data-code={p.code ?? ''} data-rule={p.rule}>
                    {treeProblemText(p, t, points)}
                  </li>
                ))}
                {tree.check.problemCount > problems.length && <li>…</li>}
              </ul>
            }
          />
        ))}
      {save.isError && <ProblemAlert error={save.error} />}
      {lifecycle.isError && <ProblemAlert error={lifecycle.error} />}
      {exporter.isError && <ErrorAlert error={exporter.error} />}
      {editable && (
        <Flex wrap gap="small" align="center">
          <Button
            data-testid="tree-add-field"
            onClick={() => {
              const r = addChild(fields, null, t('parIndex.editor.newName'));
              edit(r.fields);
              setSelected(r.path);
            }}
          >
            {t('parIndex.editor.addField')}
          </Button>
          <Button
            data-testid="tree-add-child"
            disabled={!node}
            onClick={() => {
              if (!selected) return;
              const r = addChild(fields, selected, t('parIndex.editor.newName'));
              edit(r.fields);
              setSelected(r.path);
            }}
          >
            {t('parIndex.editor.addChild')}
          </Button>
          <Button
            danger
            data-testid="tree-remove"
            disabled={!node}
            onClick={() => {
              if (!selected) return;
              edit(removeAt(fields, selected));
              setSelected(null);
            }}
          >
            {t('parIndex.editor.remove')}
          </Button>
          <Button
            type="primary"
            data-testid="tree-save"
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            {t('parIndex.editor.saveTree')}
          </Button>
          {dirty && <Typography.Text type="warning">{t('parIndex.editor.unsaved')}</Typography.Text>}
        </Flex>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small">
            {items.length ? (
              <Tree<TreeItem>
                data-testid="criteria-tree-editor"
                treeData={items}
                defaultExpandAll
                selectedKeys={selected ? [pathKey(selected)] : []}
                onSelect={(keys) => setSelected(keys.length ? keyPath(String(keys[0])) : null)}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parIndex.common.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={node ? t('parIndex.editor.node', { code: node.code }) : undefined}>
            {node && selected ? (
              <NodeEditor
                node={node}
                readOnly={!editable}
                counted={!tree.check?.notCounted.includes(node.code.trim())}
                onChange={(n) => edit(updateAt(fields, selected, () => n))}
              />
            ) : (
              <Typography.Text type="secondary">{t('parIndex.editor.selectNode')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
