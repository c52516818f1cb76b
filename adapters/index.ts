/**
 * The adapters room's door: IoT ingest (MQTT, HJ 212), video (GB/T 28181)
 * and data exchange arrive with their issues. Nothing is exported yet.
 */
export {}
