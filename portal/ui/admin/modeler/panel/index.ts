import { ZhianPropertiesProvider } from './ZhianPropertiesProvider'

/** The modeler module adding Zhian's groups to the Camunda 7 properties panel. */
export const ZhianPropertiesModule = {
  __init__: ['zhianPropertiesProvider'],
  zhianPropertiesProvider: ['type', ZhianPropertiesProvider],
}
