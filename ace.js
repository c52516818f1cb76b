/*
| JavaScript entrypoint for ace commands. Registers the SWC TypeScript
| loader, then hands over to bin/console.ts. Run it with Node 24:
| `npm run ace -- <command>` or `npx node ace <command>`.
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
