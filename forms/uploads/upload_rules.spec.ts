import { test } from '@japa/runner'
import { contentRefusal, uploadRulesOf } from '../index.js'

const schema = {
  type: 'object',
  properties: {
    grid: {
      type: 'void',
      'x-component': 'FormGrid',
      properties: {
        report: { type: 'array', 'x-component': 'Upload', 'x-component-props': { accept: 'application/pdf', maxSize: 1000 } },
        title: { type: 'string', 'x-component': 'Input' },
      },
    },
    items: {
      type: 'array',
      'x-component': 'ArrayTable',
      items: {
        type: 'object',
        properties: { photoColumn: { type: 'void', properties: { photo: { type: 'array', 'x-component': 'Upload' } } } },
      },
    },
    sign: { type: 'string', 'x-component': 'SignaturePad' },
  },
}

test.group('upload rules from a form schema', () => {
  test('reads accept and maxSize through void layout nodes', ({ assert }) => {
    assert.deepEqual(uploadRulesOf(schema, 'report'), { accept: ['application/pdf'], maxSize: 1000 })
  })

  test('finds a column of an array row by its row index, with the defaults where the field names none', ({ assert }) => {
    assert.deepEqual(uploadRulesOf(schema, 'items.3.photo'), { accept: ['application/pdf', 'image/*'], maxSize: 20 * 1024 * 1024 })
  })

  test('a signature is a PNG; a text field or an unknown path takes no files', ({ assert }) => {
    assert.deepEqual(uploadRulesOf(schema, 'sign')?.accept, ['image/png'])
    assert.isNull(uploadRulesOf(schema, 'title'))
    assert.isNull(uploadRulesOf(schema, 'nope.1'))
  })
})

test.group('content checked by magic bytes', () => {
  const pdfOrImage = { accept: ['application/pdf', 'image/*'], maxSize: 1e6 }

  test('a PNG named .pdf is refused even where images are allowed', ({ assert }) => {
    const reason = contentRefusal(pdfOrImage, { name: '检测报告.pdf', declaredType: 'application/pdf', sniffed: { mime: 'image/png', ext: 'png' } })
    assert.include(reason!, '扩展名与实际内容')
  })

  test('bytes of a type the field does not take are refused', ({ assert }) => {
    const reason = contentRefusal({ accept: ['application/pdf'], maxSize: 1e6 }, { name: 'a.png', sniffed: { mime: 'image/png', ext: 'png' } })
    assert.include(reason!, '仅接受 PDF')
  })

  test('unrecognisable bytes are refused; a JPEG named .jpeg is kept', ({ assert }) => {
    assert.include(contentRefusal(pdfOrImage, { name: 'x.pdf', sniffed: undefined })!, '无法识别')
    assert.isNull(contentRefusal(pdfOrImage, { name: '现场.JPEG', declaredType: 'image/jpeg', sniffed: { mime: 'image/jpeg', ext: 'jpg' } }))
  })
})
