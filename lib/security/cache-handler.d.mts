export default class LanternCacheHandler {
  constructor(ctx: Record<string, unknown>);
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  get(key: string, ctx: Record<string, unknown>): Promise<unknown>;
}
export declare const MAX_SEGMENT_BYTES: number;
export declare function isStorable(key: string, data: unknown): boolean;
export declare function isExpiredByTime(data: unknown, now?: number): boolean;
