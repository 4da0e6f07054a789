import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils'
import { Mutex } from 'async-mutex'

/**
 * Works around prisma/orm issue 29933 (see docs/decisions/006-sqlite-serial-adapter.md).
 *
 * The better-sqlite3 adapter has one connection. It serialises transactions with a mutex, but a
 * plain query arriving while a transaction is open runs on that same connection, inside the open
 * transaction: when the transaction rolls back, a write its caller saw succeed disappears. Here
 * every top-level statement and every transaction takes one shared mutex, so a plain write waits
 * for an open transaction to finish. better-sqlite3 is synchronous, so nothing that could run in
 * parallel is lost: statements on one connection were already one at a time.
 */
export function serializeSqliteAdapter(
  factory: SqlDriverAdapterFactory,
  options: { setup?: string } = {},
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    // `setup` (per-connection PRAGMAs) runs on the connection before Prisma can send anything.
    connect: async () => {
      const inner = await factory.connect()
      if (options.setup) await inner.executeScript(options.setup)
      return new SerialAdapter(inner)
    },
  }
}

class SerialAdapter implements SqlDriverAdapter {
  readonly #inner: SqlDriverAdapter
  readonly #mutex = new Mutex()
  readonly provider: SqlDriverAdapter['provider']
  readonly adapterName: string
  readonly getConnectionInfo?: SqlDriverAdapter['getConnectionInfo']

  constructor(inner: SqlDriverAdapter) {
    this.#inner = inner
    this.provider = inner.provider
    this.adapterName = inner.adapterName
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!()
  }

  queryRaw(query: SqlQuery) {
    return this.#mutex.runExclusive(() => this.#inner.queryRaw(query))
  }

  executeRaw(query: SqlQuery) {
    return this.#mutex.runExclusive(() => this.#inner.executeRaw(query))
  }

  executeScript(script: string) {
    return this.#mutex.runExclusive(() => this.#inner.executeScript(script))
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#mutex.acquire()
    try {
      const tx = await this.#inner.startTransaction(isolationLevel)
      return withRelease(tx, release)
    } catch (error) {
      release()
      throw error
    }
  }

  dispose() {
    return this.#mutex.runExclusive(() => this.#inner.dispose())
  }
}

/** The transaction as it is, except that ending it (either way) lets waiting statements run. */
function withRelease(tx: Transaction, release: () => void): Transaction {
  let released = false
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish()
    } finally {
      if (!released) {
        released = true
        release()
      }
    }
  }
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'commit') return () => end(() => target.commit())
      if (property === 'rollback') return () => end(() => target.rollback())
      const value = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
