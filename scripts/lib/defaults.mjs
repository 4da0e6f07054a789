/** The embedded database a newcomer gets with no configuration (relative to the project root). */
export const DEFAULT_DATABASE_URL = 'file:./data/app.db'
