import { Head, useForm } from '@inertiajs/react'
import { Alert, Button, Card, Descriptions, Form, Input, Layout, Result, Space, Tag, Typography, Upload } from 'antd'
import { firstError, type PageProps } from '~/types'

interface PublicDocument {
  id: string
  documentNumber: string
  title: string
  issuer: string
  issuedAt: string
  pdfSha256: string
  contentHash: string
}

type Props = PageProps<{
  status?: {
    document: PublicDocument
    certificateSerial: string
    revoked: boolean
    revokedAt: string | null
    revocationReason: string | null
    qrMatches: boolean | null
  } | null
  notFound?: boolean
  lookup?: { number: string; documents: PublicDocument[] } | null
  upload?: {
    fileName: string
    sha256: string
    isOriginal: boolean
    signatureValid: boolean
    revoked: boolean
    signerName: string | null
    signedAt: string | null
    problems: string[]
    document: PublicDocument | null
  }
}>

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })

function DocumentFacts({ document }: { document: PublicDocument }) {
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label="文书">{document.title}</Descriptions.Item>
      <Descriptions.Item label="文号">{document.documentNumber}</Descriptions.Item>
      <Descriptions.Item label="发文单位">{document.issuer}</Descriptions.Item>
      <Descriptions.Item label="签发时间">{when(document.issuedAt)}</Descriptions.Item>
      <Descriptions.Item label="文件摘要 (SHA-256)">
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{document.pdfSha256}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="内容摘要">
        <Typography.Text code style={{ wordBreak: 'break-all' }}>{document.contentHash}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  )
}

function StatusCard({ status }: { status: NonNullable<Props['status']> }) {
  const valid = !status.revoked && status.qrMatches !== false
  return (
    <Card title="文书状态">
      <Space direction="vertical" style={{ width: '100%' }}>
        {status.revoked ? (
          <Alert type="error" showIcon message={`签章证书已吊销（${status.revokedAt ? when(status.revokedAt) : ''}）`} description={status.revocationReason} />
        ) : (
          <Alert type={valid ? 'success' : 'warning'} showIcon message={valid ? '本文书由本系统签发，电子签章有效' : '二维码与文书记录不符，请核对原件'} />
        )}
        <DocumentFacts document={status.document} />
        <Typography.Text type="secondary">签章证书序列号：{status.certificateSerial}</Typography.Text>
      </Space>
    </Card>
  )
}

function UploadCard({ upload }: { upload: NonNullable<Props['upload']> }) {
  return (
    <Card title={`文件验证：${upload.fileName}`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {upload.isOriginal ? (
          <Alert type="success" showIcon message="该文件是本系统签发的原件，未被改动，电子签名有效" />
        ) : (
          <Alert type="error" showIcon message={upload.document ? '文件与签发记录一致，但签名无效或证书已吊销' : '该文件不是本系统签发的原件，或已被改动'} description={upload.problems.join('；') || undefined} />
        )}
        <Descriptions column={1} size="small">
          <Descriptions.Item label="签名">{upload.signatureValid ? <Tag color="green">有效</Tag> : <Tag color="red">无效</Tag>}{upload.revoked && <Tag color="red">证书已吊销</Tag>}</Descriptions.Item>
          <Descriptions.Item label="签署单位">{upload.signerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="文件摘要 (SHA-256)"><Typography.Text code style={{ wordBreak: 'break-all' }}>{upload.sha256}</Typography.Text></Descriptions.Item>
        </Descriptions>
        {upload.document && <DocumentFacts document={upload.document} />}
      </Space>
    </Card>
  )
}

/** 文书验证: public, opened by a document's QR code, by 文号, or with an uploaded PDF. */
export default function VerifyShow({ status, notFound, lookup, upload, errors }: Props) {
  const form = useForm<{ file: File | null }>({ file: null })
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Head title="文书验证" />
      <Layout.Header>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>质安智监 · 电子文书验证</Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 880, margin: '0 auto', width: '100%' }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {notFound && <Result status="404" title="未找到该文书" subTitle="二维码或链接无效，或文书不是本系统签发的" />}
          {status && <StatusCard status={status} />}
          {upload && <UploadCard upload={upload} />}
          {lookup && (
            <Card title={`按文号查询：${lookup.number}`}>
              {lookup.documents.length === 0 ? <Typography.Text>没有该文号的文书</Typography.Text> : lookup.documents.map((d) => <DocumentFacts key={d.id} document={d} />)}
            </Card>
          )}
          <Card title="按文号查询">
            <Form layout="inline" action="/verify" method="get" component="form">
              <Form.Item><Input name="number" placeholder="例如 辽建质监〔2026〕001号" style={{ width: 320 }} /></Form.Item>
              <Button htmlType="submit">查询</Button>
            </Form>
          </Card>
          <Card title="上传 PDF 验证是否为原件">
            <Space>
              <Upload accept="application/pdf" maxCount={1} beforeUpload={(file) => (form.setData('file', file), false)}>
                <Button>选择文件</Button>
              </Upload>
              <Button type="primary" disabled={!form.data.file} loading={form.processing} onClick={() => form.post('/verify', { forceFormData: true })}>验证</Button>
            </Space>
            {firstError(errors, 'file') && <Alert type="error" showIcon message={firstError(errors, 'file')} style={{ marginTop: 12 }} />}
          </Card>
        </Space>
      </Layout.Content>
    </Layout>
  )
}
