import { useState, type RefObject } from 'react'
import { Typography } from 'antd'
import { lineColumn } from './code_text'

interface Props {
  value: string
  onChange: (value: string) => void
  textareaRef: RefObject<HTMLTextAreaElement | null>
}

const CODE_STYLE = {
  width: '100%',
  minHeight: 520,
  padding: '8px 10px',
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  fontSize: 13,
  lineHeight: 1.6,
  tabSize: 2,
  whiteSpace: 'pre',
  resize: 'vertical',
} as const

/** The .hbs source in a plain monospace textarea (no editor from a CDN), with the caret's line and column for matching errors. */
export function SourceEditor({ value, onChange, textareaRef }: Props) {
  const [caret, setCaret] = useState({ line: 1, column: 1 })
  const track = () => {
    const area = textareaRef.current
    if (area) setCaret(lineColumn(area.value, area.selectionStart))
  }
  return (
    <div>
      <textarea
        ref={textareaRef}
        aria-label="模板源码"
        data-testid="template-source"
        spellCheck={false}
        wrap="off"
        value={value}
        onChange={(e) => {
          onChange(e.target.value)
          track()
        }}
        onSelect={track}
        onKeyDown={(e) => {
          // Tab indents instead of leaving the editor
          if (e.key !== 'Tab' || e.shiftKey) return
          e.preventDefault()
          document.execCommand('insertText', false, '  ')
        }}
        style={CODE_STYLE}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        第 {caret.line} 行，第 {caret.column} 列
      </Typography.Text>
    </div>
  )
}
