/**
 * The documents room's door: handlebars → PDF, numbering, seals, signatures
 * and verification arrive with issue 5. Nothing is exported yet.
 */
export {}
