/**
 * The smoke suite's entry for workerd: a module worker whose `fetch` handler takes the config as a JSON
 * POST body and answers the report. The client is imported dynamically so that, where it cannot load
 * (a Node built-in missing without `nodejs_compat`), the worker still starts and reports why.
 */
import { smokeReport, type SmokeConfig, type SmokeModules } from './smoke.ts'

const load = async (): Promise<SmokeModules> => ({ client: await import('@twython/client'), v2: await import('@twython/client/v2') })

export default {
  async fetch(request: Request): Promise<Response> {
    const { config, flags } = (await request.json()) as { config: SmokeConfig; flags: string }
    const report = await smokeReport(`workerd (${flags}, ${config.transport} transport)`, config, load)
    return Response.json(report)
  },
}
