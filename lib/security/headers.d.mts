export declare const cspDirectives: Record<string, string[]>;
export declare function serializeCsp(directives: Record<string, string[]>): string;
export declare function securityHeadersFor(mode: 'production' | 'development'): { key: string; value: string }[];
export declare const securityHeaders: { key: string; value: string }[];
