// zod/mini keeps the content scripts small; these read like the full API's .max()/.min().
import * as z from 'zod/mini';

export { z };

export const text = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));
export const list = <T extends z.ZodMiniType>(item: T, max: number, min = 0) => z.array(item).check(z.minLength(min), z.maxLength(max));
export const count = () => z.int().check(z.minimum(0));
