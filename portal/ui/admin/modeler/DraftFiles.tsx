import { useEffect, useState } from 'react'
import { Card, Empty, List } from 'antd'
import type { DraftStore } from './draft_store'

function Section({ title, names, titleOf, href, testId }: { title: string; names: string[]; titleOf: (name: string) => string | undefined; href: (name: string) => string; testId: string }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      {names.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无" />
      ) : (
        <List
          size="small"
          data-testid={testId}
          dataSource={names}
          renderItem={(name) => (
            <List.Item>
              <a href={href(name)} target="_blank" rel="noopener">
                {titleOf(name) ?? name}
              </a>
              <span style={{ color: '#999' }}>{name}</span>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}

/** The draft's forms and templates, each linking to its editor (in a new tab: the diagram stays open). */
export function DraftFiles({ draft }: { draft: DraftStore }) {
  const [, setVersion] = useState(0)
  useEffect(() => draft.subscribe(() => setVersion((v) => v + 1)), [draft])
  const base = `/admin/drafts/${encodeURIComponent(draft.name)}`
  return (
    <>
      <Section title="表单" names={draft.forms} titleOf={(name) => draft.formTitle(name)} href={(name) => `${base}/forms/${name}`} testId="draft-forms" />
      <Section title="文书模板" names={draft.templates} titleOf={(name) => draft.templateTitle(name)} href={(name) => `${base}/documents/${name}`} testId="draft-templates" />
    </>
  )
}
