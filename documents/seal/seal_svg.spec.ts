import { test } from '@japa/runner'
import { sealSvg, verificationQrSvg } from '../index.js'

test.group('seal and QR drawings', () => {
  test('the seal is a 42 mm vector drawing with one rotated glyph per character of the name', ({ assert }) => {
    const svg = sealSvg({ orgName: '沈阳市和平区建设工程质量监督站', subtitle: '监督专用章', code: '2101020012345' })
    assert.match(svg, /^<svg [^>]*width="42mm" height="42mm" viewBox="0 0 42 42"/)
    const glyphs = [...svg.matchAll(/rotate\(([-\d.]+)\)[^>]*>([^<]+)<\/text>/g)].map((m) => m[2])
    assert.deepEqual(glyphs.slice(0, 15), [...'沈阳市和平区建设工程质量监督站'])
    assert.deepEqual(glyphs.slice(15), [...'2101020012345'])
    assert.include(svg, '>监督专用章</text>')
    assert.include(svg, '<polygon')
  })

  test('names are XML-escaped and long names are condensed, never wider than the ring', ({ assert }) => {
    const svg = sealSvg({ orgName: '<辽宁省"建设"工程&质量安全监督管理总站>第一分站', diameterMm: 40 })
    assert.notInclude(svg, '<辽')
    assert.include(svg, '&#60;')
    const squeeze = [...svg.matchAll(/scale\(([\d.]+) 1\)/g)].map((m) => Number(m[1]))
    assert.isTrue(squeeze.every((s) => s >= 0.6 && s <= 1))
    assert.throws(() => sealSvg({ orgName: ' ' }))
    assert.throws(() => sealSvg({ orgName: '某站', diameterMm: 200 }))
  })

  test('the QR code is a single vector path, and refuses what is not an http(s) URL', ({ assert }) => {
    const svg = verificationQrSvg('https://zhian.example.cn/v/7f3a9c2e1b4d?h=0e6040218296c890')
    assert.match(svg, /^<svg [^>]*viewBox="0 0 (\d+) \1"/)
    assert.equal(svg.match(/<path /g)?.length, 1)
    assert.throws(() => verificationQrSvg('javascript:alert(1)'))
  })
})
