export default class NotFoundUncachedHandler {
  constructor(ctx: Record<string, unknown>);
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  get(key: string, ctx: Record<string, unknown>): Promise<unknown>;
}
export declare function isNotFoundPage(data: unknown): boolean;
export declare function isExpiredByTime(data: unknown, now?: number): boolean;
