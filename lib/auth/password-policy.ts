/** The policy the forms and the server share: long passphrases over composition rules (NIST 800-63B). */
export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 128
