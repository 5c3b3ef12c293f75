export declare function expiresAtTag(ms: number): string;
export declare function expiredByTime(tagsHeader: unknown, now: number): boolean;
