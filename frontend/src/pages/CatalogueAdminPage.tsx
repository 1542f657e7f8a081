import { Button, Drawer, Flex, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DecisionsPanel } from '../components/admin/DecisionsPanel';
import { ImportPanel } from '../components/admin/ImportPanel';
import { ProcedureEditor, type EditorMode } from '../components/admin/ProcedureEditor';
import { ProcedureSearch } from '../components/ProcedureSearch';
import type { ProcedureColumn } from '../components/ProcedureTable';
import { RequireRoles } from '../components/RequireRoles';
import { navItem, procedurePath } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';

export const ADMIN_TABS = ['procedures', 'decisions', 'import'] as const;
type AdminTab = (typeof ADMIN_TABS)[number];

/** "Quản trị danh mục" (catalogue-admin, admin): procedures and drafts, decisions, file import. Tab in `?tab=`. */
export default function CatalogueAdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: AdminTab = (ADMIN_TABS as readonly string[]).includes(tabParam ?? '')
    ? (tabParam as AdminTab)
    : 'procedures';

  return (
    <RequireRoles item={navItem('catalogueAdmin')}>
      <PageTitle>{t('catalogueAdmin.title')}</PageTitle>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(key === 'procedures' ? {} : { tab: key })}
        items={[
          {
            key: 'procedures',
            label: <span data-testid="admin-tab-procedures">{t('admin.tabs.procedures')}</span>,
            children: <ProceduresTab />,
          },
          {
            key: 'decisions',
            label: <span data-testid="admin-tab-decisions">{t('admin.tabs.decisions')}</span>,
            children: <DecisionsPanel />,
          },
          {
            key: 'import',
            label: <span data-testid="admin-tab-import">{t('admin.tabs.import')}</span>,
            children: <ImportPanel />,
          },
        ]}
      />
    </RequireRoles>
  );
}

function ProceduresTab() {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<EditorMode | null>(null);
  const actions: ProcedureColumn[] = [
    {
      key: 'actions',
      title: t('procedures.columns.actions'),
      width: 130,
      render: (row) => (
        <Space size="small" onClick={(e) => e.stopPropagation()}>
          <Button size="small" data-testid="edit-procedure" onClick={() => setEditor({ kind: 'edit', code: row.code })}>
            {t('admin.edit')}
          </Button>
          <Link to={procedurePath(row.code)}>{t('admin.view')}</Link>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button type="primary" data-testid="create-procedure" onClick={() => setEditor({ kind: 'create' })}>
          {t('admin.create')}
        </Button>
      </Flex>
      <ProcedureSearch staff extraColumns={actions} testId="admin-procedure-table" />
      <Drawer
        open={editor !== null}
        onClose={() => setEditor(null)}
        size={980}
        destroyOnHidden
        title={editor?.kind === 'edit' ? t('admin.editTitle', { code: editor.code }) : t('admin.createTitle')}
      >
        {editor && (
          <ProcedureEditor
            key={editor.kind === 'edit' ? editor.code : 'new'}
            mode={editor}
            onDone={() => setEditor(null)}
          />
        )}
      </Drawer>
    </>
  );
}
