import { createHash, randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import sharp from 'sharp'
import { tokenFor } from '#tests/helpers/api'
import { deployTestForm, interruptedPatch, origin, tusMetadata } from '#tests/helpers/uploads'
import Upload from '#models/upload'

interface Refusal {
  code: string
  message: string
}

const FORM_KEY = 'zhian:upload-test/upload-test'
const TUS = { 'tus-resumable': '1.0.0' }
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
/** A PDF as far as magic bytes go: the header, then filler. */
const fakePdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size)])

/** POST /api/uploads/tus: the Location of the new upload, or the refusal. */
async function create(token: string, length: number, meta: Record<string, string>) {
  return fetch(`${origin()}/api/uploads/tus`, {
    method: 'POST',
    headers: { ...TUS, 'authorization': `Bearer ${token}`, 'upload-length': String(length), 'upload-metadata': tusMetadata(meta) },
  })
}

async function patch(url: string, token: string, offset: number, body: Buffer) {
  return fetch(url, {
    method: 'PATCH',
    headers: { ...TUS, 'authorization': `Bearer ${token}`, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body,
  })
}

async function serverOffset(url: string, token: string): Promise<number> {
  const head = await fetch(url, { method: 'HEAD', headers: { ...TUS, authorization: `Bearer ${token}` } })
  return Number(head.headers.get('upload-offset'))
}

test.group('uploads over tus', (group) => {
  group.setup(async () => void (await deployTestForm('upload-test')))

  test('a PDF sent in two parts, cut off mid-way, resumes from the server’s offset; its SHA-256 is kept and served', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'hongji.user')
    const file = fakePdf(400_000)
    const created = await create(token, file.length, { formKey: FORM_KEY, fieldPath: 'report', filename: '检测报告.pdf', filetype: 'application/pdf' })
    assert.equal(created.status, 201)
    const url = new URL(created.headers.get('location')!, origin()).href

    // when: the first part arrives whole, the second is cut off part-way
    const half = 200_000
    assert.equal((await patch(url, token, 0, file.subarray(0, half))).status, 204)
    const headers = { ...TUS, 'authorization': `Bearer ${token}`, 'upload-offset': String(half), 'content-type': 'application/offset+octet-stream' }
    await interruptedPatch(url, headers, file.subarray(half), 120_000)
    const offset = await serverOffset(url, token)
    const finished = await patch(url, token, offset, file.subarray(offset))

    // then
    assert.isAbove(offset, half)
    assert.isBelow(offset, file.length)
    assert.equal(finished.status, 200)
    const body = (await finished.json()) as { id: string; sha256: string; mime: string }
    assert.equal(body.sha256, sha256(file))
    assert.equal(body.mime, 'application/pdf')
    const download = await fetch(`${origin()}/api/uploads/${body.id}`, { headers: { authorization: `Bearer ${token}` } })
    assert.equal(download.status, 200)
    assert.equal(sha256(Buffer.from(await download.arrayBuffer())), sha256(file))
    assert.equal((await Upload.findOrFail(body.id)).fieldPath, 'report')
  })

  test('PNG bytes named .pdf are refused at the end, with a Chinese reason, and nothing is kept', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hongji.user')
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#c00' } }).png().toBuffer()
    const created = await create(token, png.length, { formKey: FORM_KEY, fieldPath: 'report', filename: '报告.pdf', filetype: 'application/pdf' })
    const url = new URL(created.headers.get('location')!, origin()).href

    const finished = await patch(url, token, 0, png)

    assert.equal(finished.status, 415)
    assert.include(((await finished.json()) as Refusal).message, '扩展名与实际内容')
    assert.isNull(await Upload.find(url.split('/').pop()!))
  })

  test('a file over the field’s maxSize is refused before any byte is sent', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hongji.user')
    const refused = await create(token, 2 * 1024 * 1024, { formKey: FORM_KEY, fieldPath: 'report', filename: '大文件.pdf', filetype: 'application/pdf' })
    assert.equal(refused.status, 413)
    assert.include(((await refused.json()) as Refusal).message, '超过本栏上限 1.0 MB')
  })

  test('a field that takes no files, and a declared type the field refuses, are turned away at creation', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hongji.user')
    const textField = await create(token, 10, { formKey: FORM_KEY, fieldPath: 'title', filename: 'a.pdf' })
    assert.equal(textField.status, 422)
    const pdfAsPhoto = await create(token, 10, { formKey: FORM_KEY, fieldPath: 'items.0.photo', filename: 'a.pdf', filetype: 'application/pdf' })
    assert.equal(pdfAsPhoto.status, 415)
    assert.include(((await pdfAsPhoto.json()) as Refusal).message, '仅接受 图片')
  })

  test('an image gets a 1280 px rendition; another enterprise cannot resume or download it', async ({ client, assert }) => {
    const owner = await tokenFor(client, 'hongji.user')
    const stranger = await tokenFor(client, 'haiwan.user')
    const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#2a6' } }).jpeg().toBuffer()
    const created = await create(owner, photo.length, { formKey: FORM_KEY, fieldPath: 'items.0.photo', filename: '现场.jpg', filetype: 'image/jpeg' })
    const url = new URL(created.headers.get('location')!, origin()).href

    assert.equal((await patch(url, stranger, 0, photo)).status, 404)
    const { id } = (await (await patch(url, owner, 0, photo)).json()) as { id: string }

    const rendition = await fetch(`${origin()}/api/uploads/${id}?rendition=1`, { headers: { authorization: `Bearer ${owner}` } })
    const { width, height } = await sharp(Buffer.from(await rendition.arrayBuffer())).metadata()
    assert.deepEqual([width, height], [1280, 960])
    const foreign = await fetch(`${origin()}/api/uploads/${id}`, { headers: { authorization: `Bearer ${stranger}` } })
    assert.equal(foreign.status, 404)
  })
})
