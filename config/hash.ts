import { defineConfig, drivers } from '@adonisjs/core/hash'

/** scrypt (N=2^14, r=8, p=1): one-way, salted; GB/T 22239 剩余信息保护 */
const hashConfig = defineConfig({
  default: 'scrypt',
  list: {
    scrypt: drivers.scrypt({ cost: 16384, blockSize: 8, parallelization: 1, maxMemory: 33554432 }),
  },
})

export default hashConfig

declare module '@adonisjs/core/types' {
  export interface HashersList extends InferHashers<typeof hashConfig> {}
}
