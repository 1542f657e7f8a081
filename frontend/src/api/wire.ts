// Helpers over the generated API types (src/api/generated, docs/api/clients.md).

/**
 * A request body as the SPA sends it: the generated type, where an optional field may also be `null` (the
 * services read an absent field and a JSON null alike; the documents do not spell out the null).
 */
export type Sendable<T> = T extends (infer U)[]
  ? Sendable<U>[]
  : T extends object
    ? {
        [K in keyof T]: undefined extends T[K] ? Sendable<Exclude<T[K], undefined>> | null | undefined : Sendable<T[K]>;
      }
    : T;
