/** camunda-external-task-client-js ships no types; this is the part Zhian uses. */
declare module 'camunda-external-task-client-js' {
  export class Variables {
    set(name: string, value: unknown): this
    get(name: string): unknown
    getAll(): Record<string, unknown>
    setAll(values: Record<string, unknown>): this
  }
  /** The locked task a handler receives; variables are read-only. */
  export interface ExternalTask {
    id: string
    topicName: string
    businessKey: string | null
    processInstanceId: string
    activityId: string
    retries: number | null
    variables: Variables
  }
  export interface TaskService {
    complete(task: ExternalTask, variables?: Variables): Promise<void>
    handleFailure(task: ExternalTask, options: { errorMessage: string; errorDetails?: string; retries: number; retryTimeout: number }): Promise<void>
    handleBpmnError(task: ExternalTask, errorCode: string, errorMessage?: string, variables?: Variables): Promise<void>
  }
  export class Client {
    constructor(options: Record<string, unknown>)
    subscribe(topic: string, handler: (args: { task: any; taskService: any }) => unknown): { unsubscribe(): void }
    subscribe(topic: string, options: Record<string, unknown>, handler: (args: { task: any; taskService: any }) => unknown): { unsubscribe(): void }
    start(): void
    stop(): void
    /** handlers running now */
    activeTasksCount: number
    on(event: string, listener: (...args: any[]) => void): this
  }
  /** Signs every request with HTTP Basic credentials; the instance is the interceptor function. */
  export class BasicAuthInterceptor {
    constructor(options: { username: string; password: string })
  }
  export const logger: unknown
}
