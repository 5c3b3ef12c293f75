export type StoreLocation = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
export declare const DEFAULT_SQLITE_FILE: string;
export declare function storeLocation(env?: Record<string, string | undefined>, cwd?: string): StoreLocation;
export declare function redactUrl(url: string): string;
