/**
 * Definitions are data, not code: each process is a folder holding
 * `definition.json`, its `.bpmn`, form schemas, document templates and specs.
 * The portal's deployer reads the folders; nothing imports this module.
 */
export {}
