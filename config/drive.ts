import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Where finished uploads live. `fs` (the default) is a folder under
 * DRIVE_ROOT; `s3` is any S3-compatible store (MinIO, OSS, COS …) through
 * @aws-sdk/client-s3. Files are never served directly: downloads go
 * through GET /api/uploads/:id, which checks the owner and the data scope.
 */
const local = () =>
  services.fs({
    location: app.makePath(env.get('DRIVE_ROOT', 'storage/uploads')),
    visibility: 'private',
    serveFiles: false,
  })

const s3 = () =>
  services.s3({
    credentials: {
      accessKeyId: env.get('S3_ACCESS_KEY_ID', ''),
      secretAccessKey: env.get('S3_SECRET_ACCESS_KEY', ''),
    },
    endpoint: env.get('S3_ENDPOINT'),
    region: env.get('S3_REGION', 'cn-north-1'),
    bucket: env.get('S3_BUCKET', 'zhian-uploads'),
    // MinIO and most domestic stores address buckets by path, not by subdomain
    forcePathStyle: true,
    visibility: 'private',
  })

/**
 * One disk, "uploads". Only the chosen driver is configured, because the
 * provider loads every configured driver at boot and an S3 disk without
 * credentials would fail there.
 */
const driveConfig = defineConfig({
  default: 'uploads',
  services: { uploads: env.get('DRIVE_DISK', 'fs') === 's3' ? s3() : local() },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
