/** bpmn-moddle ships no types; this is the part the parser uses. */
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>)
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: Error[] }>
  }
}
