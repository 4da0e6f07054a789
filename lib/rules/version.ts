/**
 * Stored with every assessment so it can be explained and re-run later. Bump it
 * (date of the change, then a counter) whenever any rule's output can change.
 */
export const RULES_VERSION = '2026-12-07.1'
