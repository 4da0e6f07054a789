/** Limits shared by the schemas and the screens; free of zod so browser code stays light. */

/** A list never holds more items than this: enough for any real history, small enough to store. */
export const MAX_ITEMS = 20
export const MAX_NAME = 100
export const MAX_SHORT_TEXT = 200
export const MAX_LONG_TEXT = 2000
