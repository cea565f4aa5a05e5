// Compile-time check that a hand-written interface and a zod schema describe the same data:
// interfaces document the model, schemas validate it at the boundary, and this keeps them in step.

type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

// Identity, not mere mutual assignability: an optional field present on one side only must fail.
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** `true` when A and B are the same type once readonly-ness and intersections are normalised, else `false`. */
export type Agrees<A, B> = Identical<DeepReadonly<A>, DeepReadonly<B>>;

/** Fails to type-check unless its argument is `true`; use as `type _ = Expect<Agrees<...>>`. */
export type Expect<T extends true> = T;
